import pytest
from flask import json
from sqlalchemy.exc import SQLAlchemyError

from app.celery.service_callback_tasks import send_delivery_status_to_service
from app.dao.notifications_dao import get_notification_by_id
from app.models import Complaint
from app.notifications.notifications_ses_callback import (
    check_and_queue_callback_task,
    handle_complaint,
)
from tests.app.db import (
    create_notification,
    create_notification_history,
    create_service_callback_api,
    ses_complaint_callback,
    ses_complaint_callback_malformed_message_id,
    ses_complaint_callback_with_missing_complaint_type,
)






















































































