from app import db
from app.dao.dao_utils import autocommit
from app.models import ServiceUser, User























