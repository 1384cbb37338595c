import os

from app.performance import init_performance_monitoring



from flask import Flask  # noqa
from app import create_app  # noqa

import notifications_utils.eventlet as utils_eventlet  # noqa














        import greenlet



