import pytest

from app.utils import assess_contact_type

















