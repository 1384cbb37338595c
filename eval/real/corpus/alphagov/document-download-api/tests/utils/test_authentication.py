from unittest import mock

from app.utils.authentication import (
    check_auth,
    get_allowed_tokens,
    get_token_from_headers,
    requires_auth,
    token_is_valid,
)
from tests.conftest import set_config











































































