from datetime import datetime
from typing import Literal
from uuid import UUID

from app import db
from app.constants import (
    SERVICE_JOIN_REQUEST_CANCELLED,
    SERVICE_JOIN_REQUEST_PENDING,
)
from app.dao.dao_utils import autocommit
from app.models import ServiceJoinRequest, User











































































