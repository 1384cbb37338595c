from collections import defaultdict
from operator import attrgetter

from flask import render_template, request

from app import current_service, format_date_numeric
from app.main import main
from app.models.event import APIKeyEvent, APIKeyEvents, ServiceEvents
from app.notify_client.service_api_client import service_api_client
from app.utils.user import user_has_permissions
































