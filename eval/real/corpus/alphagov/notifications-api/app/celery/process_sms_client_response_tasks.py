import logging
import uuid
from datetime import datetime

from flask import current_app
from notifications_utils.template import SMSMessageTemplate
from sqlalchemy.exc import OperationalError

from app import notify_celery
from app.clients import ClientException
from app.clients.sms.firetext import get_firetext_responses
from app.clients.sms.mmg import get_mmg_responses
from app.config import QueueNames
from app.constants import NOTIFICATION_PENDING
from app.dao import notifications_dao
from app.dao.templates_dao import dao_get_template_by_id
from app.notifications.notifications_ses_callback import (
    check_and_queue_callback_task,
)
from app.otel_metrics.notification import record_deliver_duration, record_international_sms

















































































































































