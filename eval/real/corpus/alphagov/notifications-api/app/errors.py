from typing import Any

from flask import Blueprint, current_app, json, jsonify
from flask.typing import ResponseReturnValue
from jsonschema import ValidationError as JsonSchemaValidationError
from marshmallow import ValidationError
from notifications_utils.eventlet import EventletTimeout
from notifications_utils.recipient_validation.errors import InvalidRecipientError
from sqlalchemy.exc import DataError
from sqlalchemy.orm.exc import NoResultFound
from werkzeug.exceptions import HTTPException

from app.authentication.auth import AuthError
from app.exceptions import ArchiveValidationError








































































































