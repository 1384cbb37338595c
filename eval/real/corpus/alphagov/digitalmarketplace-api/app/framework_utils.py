import re

from flask import abort
from .validation import get_validation_errors


























