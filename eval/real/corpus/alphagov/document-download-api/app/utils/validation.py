import re

from flask import current_app
from notifications_utils.file_types import EXTENSIONS, is_allowed_file_extension
from notifications_utils.recipient_validation.email_address import validate_and_format_email_address
from notifications_utils.recipient_validation.errors import InvalidEmailError

from app.utils.files import split_filename














































