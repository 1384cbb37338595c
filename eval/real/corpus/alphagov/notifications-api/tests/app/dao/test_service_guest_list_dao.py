import uuid

from app.constants import EMAIL_TYPE
from app.dao.service_guest_list_dao import (
    dao_add_and_commit_guest_list_contacts,
    dao_fetch_service_guest_list,
    dao_remove_service_guest_list,
)
from app.models import ServiceGuestList
from tests.app.db import create_service













































