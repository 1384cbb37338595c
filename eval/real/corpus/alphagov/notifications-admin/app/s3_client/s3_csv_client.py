import uuid

import botocore
from flask import current_app
from notifications_utils.eventlet import EventletTimeout
from notifications_utils.exception_handling import extract_reraise_chained_exception
from notifications_utils.s3 import s3upload as utils_s3upload

from app.s3_client import get_s3_object
































































