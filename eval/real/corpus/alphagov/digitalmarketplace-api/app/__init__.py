import json
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from functools import wraps
from sqlalchemy import MetaData

import dmapiclient
from dmutils.flask_init import init_app, api_error_handlers
from dmutils.flask import DMGzipMiddleware

from config import configs































    from .metrics import metrics as metrics_blueprint, gds_metrics
    from .main import main as main_blueprint
    from .status import status as status_blueprint
    from .callbacks import callbacks as callbacks_blueprint





























