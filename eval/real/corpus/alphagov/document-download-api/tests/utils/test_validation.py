import pytest
from notifications_utils.recipient_validation.errors import InvalidEmailError

from app.utils.validation import (
    clean_and_validate_email_address,
    clean_and_validate_retention_period,
    validate_filename,
)
























































