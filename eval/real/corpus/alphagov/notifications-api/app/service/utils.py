import itertools

from notifications_utils.recipients import allowed_to_send_to

from app.constants import (
    EMAIL_TYPE,
    KEY_TYPE_NORMAL,
    KEY_TYPE_TEAM,
    KEY_TYPE_TEST,
    MOBILE_TYPE,
)
from app.dao.services_dao import dao_fetch_service_by_id
from app.models import ServiceGuestList
































