import logging
from datetime import datetime, timedelta

from celery import Task
from celery.exceptions import Retry
from flask import current_app, json
from notifications_utils.json import RelaxedContainerJSONEncoder as RCJSONEncoder
from sqlalchemy.orm.exc import NoResultFound

from app import notify_celery
from app.clients.email.aws_ses import get_aws_responses
from app.config import QueueNames
from app.constants import NOTIFICATION_PENDING, NOTIFICATION_SENDING
from app.dao import notifications_dao
from app.notifications.notifications_ses_callback import (
    _check_and_queue_complaint_callback_task,
    check_and_queue_callback_task,
    determine_notification_bounce_type,
    handle_complaint,
)
from app.otel_metrics.notification import record_deliver_duration
































































































































