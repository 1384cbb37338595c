import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, or_

from app import db
from app.dao.dao_utils import autocommit, version_class
from app.models import ApiKey












































