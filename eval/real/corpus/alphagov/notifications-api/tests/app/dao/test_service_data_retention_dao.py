import uuid
from datetime import datetime

import pytest
from sqlalchemy.exc import IntegrityError

from app import db
from app.dao.service_data_retention_dao import (
    fetch_service_data_retention,
    fetch_service_data_retention_by_id,
    fetch_service_data_retention_by_notification_type,
    fetch_service_data_retention_for_all_services_by_notification_type,
    insert_service_data_retention,
    update_service_data_retention,
)
from app.models import ServiceDataRetention
from tests.app.db import create_service, create_service_data_retention
from tests.utils import QueryRecorder






































































































































