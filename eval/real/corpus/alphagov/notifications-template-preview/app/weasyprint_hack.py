import logging

from weasyprint.logger import LOGGER as weasyprint_logs














