from datetime import datetime
from typing import Any

from flask import current_app
from notifications_utils.s3 import s3download

from app import report_request_api_client
from app.models import JSONModel
from app.s3_client import check_s3_object_exists



































