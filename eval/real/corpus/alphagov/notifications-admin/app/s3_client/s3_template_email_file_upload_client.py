from flask import current_app
from notifications_utils.s3 import s3download as utils_s3download
from notifications_utils.s3 import s3upload as utils_s3upload
















