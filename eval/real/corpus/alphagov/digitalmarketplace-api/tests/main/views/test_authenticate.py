import pytest

from app.authentication import get_token_from_headers, get_allowed_tokens_from_config























