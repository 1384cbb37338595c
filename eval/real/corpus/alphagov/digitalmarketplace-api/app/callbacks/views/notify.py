from flask import jsonify, current_app

from dmapiclient.audit import AuditTypes
from dmutils.email.helpers import hash_string

from app import db
from app.callbacks import callbacks
from app.utils import get_json_from_request
from app.models import User, AuditEvent











































