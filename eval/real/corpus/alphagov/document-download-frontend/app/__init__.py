import os
import secrets
from collections.abc import Callable
from contextvars import ContextVar

import jinja2
from flask import current_app, make_response, render_template, request
from flask_wtf.csrf import CSRFError
from gds_metrics import GDSMetrics
from notifications_utils import request_helper
from notifications_utils.asset_fingerprinter import asset_fingerprinter
from notifications_utils.base64_uuid import base64_to_uuid, uuid_to_base64
from notifications_utils.eventlet import EventletTimeout
from notifications_utils.local_vars import LazyLocalGetter
from notifications_utils.logging import flask as utils_logging
from werkzeug.local import LocalProxy
from werkzeug.routing import BaseConverter, ValidationError

from app.config import Config, configs
from app.notify_client.service_api_client import ServiceApiClient
















































    from app.main import main as main_blueprint




























































































































