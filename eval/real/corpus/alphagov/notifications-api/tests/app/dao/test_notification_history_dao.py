import pytest

from app.models import NotificationHistory
from tests.app.db import create_notification_history


















