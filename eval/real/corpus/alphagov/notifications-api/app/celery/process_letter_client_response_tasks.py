import uuid
from datetime import date

from flask import current_app

from app import notify_celery
from app.constants import (
    DVLA_NOTIFICATION_REJECTED,
    DVLA_TO_NOTIFICATION_STATUS_MAP,
    NOTIFICATION_TECHNICAL_FAILURE,
)
from app.dao.notifications_dao import (
    _duplicate_update_warning,
    dao_get_notification_or_history_by_id,
    dao_record_letter_despatched_on_by_id,
    dao_update_notification,
)
from app.exceptions import NotificationTechnicalFailureException
from app.models import LetterCostThreshold























































