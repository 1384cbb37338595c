from uuid import UUID

from sqlalchemy.orm import Session, scoped_session

from app import db
from app.constants import INBOUND_SMS_TYPE
from app.dao.dao_utils import autocommit
from app.models import InboundNumber
from app.utils import retryable_query



























































    from app.dao.service_permissions_dao import dao_remove_service_permission
    from app.dao.service_sms_sender_dao import dao_remove_inbound_sms_senders









