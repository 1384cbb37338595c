from datetime import datetime, timedelta
import json
import logging

from freezegun import freeze_time
from testfixtures import logcapture

from dmutils.formats import DATETIME_FORMAT

from app.models import AuditEvent, User
from tests.bases import BaseApplicationTest







































































