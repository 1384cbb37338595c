from io import BytesIO

import sentry_sdk
from flask import current_app

from app.utils import caching_s3download, stitch_pdfs



















