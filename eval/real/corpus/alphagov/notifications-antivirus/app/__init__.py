import os
import time

from flask import g, jsonify, request
from gds_metrics import GDSMetrics
from notifications_utils import request_helper
from notifications_utils.celery import NotifyCelery
from notifications_utils.logging import flask as utils_logging

from app.commands import setup_commands








    from app.config import Config, configs
    from app.views import main_blueprint









































