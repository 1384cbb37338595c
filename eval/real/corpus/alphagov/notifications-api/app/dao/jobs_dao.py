import uuid
from datetime import datetime, timedelta

from flask import current_app
from notifications_utils.clients.redis import RequestCache
from notifications_utils.letter_timings import (
    CANCELLABLE_JOB_LETTER_STATUSES,
    letter_can_be_cancelled,
)
from sqlalchemy import and_, asc, desc, func
from sqlalchemy.orm import Session, scoped_session

from app import db, redis_store
from app.constants import (
    JOB_STATUS_CANCELLED,
    JOB_STATUS_FINISHED,
    JOB_STATUS_FINISHED_ALL_NOTIFICATIONS_CREATED,
    JOB_STATUS_PENDING,
    JOB_STATUS_SCHEDULED,
    LETTER_TYPE,
    NOTIFICATION_CANCELLED,
    NOTIFICATION_CREATED,
    NOTIFICATION_STATUS_TYPES_COMPLETED,
)
from app.dao.dao_utils import autocommit
from app.dao.fact_notification_status_dao import fetch_notification_statuses_for_job
from app.dao.templates_dao import dao_get_template_by_id
from app.models import (
    FactNotificationStatus,
    Job,
    Notification,
    ServiceDataRetention,
    Template,
)
from app.utils import midnight_n_days_ago, retryable_query

































































































































































































































































































