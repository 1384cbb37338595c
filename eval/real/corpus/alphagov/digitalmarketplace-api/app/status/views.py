from flask import request
from sqlalchemy.exc import SQLAlchemyError

from . import status
from . import utils
from ..models import Framework
from dmutils.status import get_app_status, StatusError
from app import search_api_client



















