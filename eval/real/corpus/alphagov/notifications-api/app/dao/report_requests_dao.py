from datetime import datetime, timedelta
from uuid import UUID

from sqlalchemy import and_, or_

from app import db
from app.constants import (
    REPORT_REQUEST_DELETED,
    REPORT_REQUEST_IN_PROGRESS,
    REPORT_REQUEST_NOTIFICATIONS,
    REPORT_REQUEST_PENDING,
)
from app.dao.dao_utils import autocommit
from app.models import ReportRequest













































































