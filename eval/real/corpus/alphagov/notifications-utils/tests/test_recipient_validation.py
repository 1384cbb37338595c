import pytest

from notifications_utils.recipients import format_recipient


















