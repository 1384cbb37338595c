from datetime import datetime

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.sql.expression import case

from app import db
from app.dao.dao_utils import autocommit
from app.models import FactProcessingTime

















































