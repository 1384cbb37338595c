import logging
import os
from collections.abc import Callable
from contextlib import suppress
from hashlib import sha1
from io import BytesIO

from flask import Flask, jsonify
from flask_httpauth import HTTPTokenAuth
from gds_metrics import GDSMetrics
from notifications_utils import request_helper
from notifications_utils.celery import NotifyCelery
from notifications_utils.clients.signing.signing_client import Signing
from notifications_utils.logging import flask as utils_logging
from notifications_utils.s3 import S3ObjectNotFound, s3upload

from app import weasyprint_hack
from app.utils import caching_s3download



















    from app.config import Config, configs












    from app.precompiled import precompiled_blueprint
    from app.preview import preview_blueprint
    from app.status import status_blueprint













































































































