import pytest

from app.constants import (
    EMAIL_TYPE,
    INBOUND_SMS_TYPE,
    INTERNATIONAL_SMS_TYPE,
    LETTER_TYPE,
    SMS_TYPE,
)
from app.dao.service_permissions_dao import (
    dao_fetch_service_permissions,
    dao_remove_service_permission,
)
from tests.app.db import create_service, create_service_permission





































