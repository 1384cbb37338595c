import os
from collections.abc import Callable
from contextvars import ContextVar

from flask import Flask, current_app, jsonify
from gds_metrics import GDSMetrics
from notifications_utils import request_helper
from notifications_utils.clients.antivirus.antivirus_client import AntivirusClient
from notifications_utils.clients.redis.redis_client import RedisClient
from notifications_utils.eventlet import EventletTimeout
from notifications_utils.local_vars import LazyLocalGetter
from notifications_utils.logging import flask as utils_logging
from werkzeug.local import LocalProxy

from app.config import Config, configs
from app.utils.store import DocumentStore

































from app.download.views import download_blueprint
from app.file_checks.views import file_checks_blueprint
from app.upload.views import upload_blueprint






































