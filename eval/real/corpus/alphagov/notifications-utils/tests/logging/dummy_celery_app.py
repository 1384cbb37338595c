import os
import signal
import tempfile
from datetime import timedelta

from celery import Celery

import notifications_utils.logging.celery as celery_logging




































