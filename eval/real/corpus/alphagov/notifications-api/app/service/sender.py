from flask import current_app

from app.config import QueueNames
from app.constants import EMAIL_TYPE, KEY_TYPE_NORMAL, SMS_TYPE
from app.dao.services_dao import (
    dao_fetch_active_users_for_service,
    dao_fetch_service_by_id,
)
from app.dao.templates_dao import dao_get_template_by_id
from app.notifications.process_notifications import (
    persist_notification,
    send_notification_to_queue,
)
from app.notifications.validators import validate_and_format_recipient







































