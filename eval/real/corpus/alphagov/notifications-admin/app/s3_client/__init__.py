from boto3 import client, resource
from botocore.exceptions import ClientError
from flask import current_app
from notifications_utils.eventlet import EventletTimeout
from notifications_utils.exception_handling import extract_reraise_chained_exception

























