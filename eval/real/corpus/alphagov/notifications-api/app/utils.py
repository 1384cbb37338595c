import base64
from collections.abc import Callable, Generator, Iterable
from contextlib import suppress
from datetime import date, datetime, timedelta
from functools import wraps
from inspect import signature
from itertools import islice
from typing import Any, overload
from urllib.parse import urljoin, urlparse
from uuid import UUID

from flask import current_app, url_for
from flask_sqlalchemy.pagination import Pagination
from notifications_utils.recipient_validation.errors import InvalidPhoneError
from notifications_utils.recipient_validation.phone_number import InternationalPhoneInfo, PhoneNumber
from notifications_utils.s3 import S3ObjectNotFound
from notifications_utils.s3 import s3download as utils_s3download
from notifications_utils.template import (
    HTMLEmailTemplate,
    LetterPrintTemplate,
    SMSMessageTemplate,
    Template,
)
from notifications_utils.timezones import convert_bst_to_utc, utc_string_to_aware_gmt_datetime
from notifications_utils.url_safe_token import generate_token
from sqlalchemy import ColumnExpressionArgument, FunctionElement, func
from sqlalchemy.exc import OperationalError

from app.constants import (
    EMAIL_TYPE,
    LETTER_TYPE,
    SMS_TYPE,
    CacheKeys,
)










































































































































































    from app import redis_store


















































































































