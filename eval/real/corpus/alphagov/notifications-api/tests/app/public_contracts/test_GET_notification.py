from app.constants import KEY_TYPE_NORMAL
from app.dao.api_key_dao import save_model_api_key
from app.models import ApiKey
from app.v2.notifications.notification_schemas import (
    get_notification_response,
    get_notifications_response,
)
from tests import create_service_authorization_header

from . import return_json_from_response, validate



































