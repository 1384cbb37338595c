from base64 import b64decode, b64encode
from enum import StrEnum, auto
from functools import lru_cache
from io import BytesIO

import dateutil.parser
import sentry_sdk
from notifications_utils.s3 import s3download
from pypdf import PdfReader, PdfWriter



































