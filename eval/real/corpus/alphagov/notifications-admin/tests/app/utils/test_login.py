import pytest
from freezegun import freeze_time

from app.models.user import User

















