from flask import Blueprint, jsonify, request

from app.errors import InvalidRequest, register_errors
from app.models import ProtectedSenderId
from app.protected_sender_id.protected_sender_schema import protected_sender_request
from app.schema_validation import validate





















