from datetime import UTC, datetime, timedelta

import pytest

from app import db
from app.dao.notifications_dao import dao_get_last_date_template_was_used
from tests.app.db import create_ft_notification_status, create_notification
from tests.utils import QueryRecorder













































