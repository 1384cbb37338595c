import pytest

from notifications_utils.user import (
    GOVERNMENT_EMAIL_DOMAIN_NAMES,
    email_address_ends_with,
)















