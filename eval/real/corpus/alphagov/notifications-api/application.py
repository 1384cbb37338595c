
import os

from app.performance import init_performance_monitoring



from app import create_app  # noqa
from app.notify_api_flask_app import NotifyApiFlaskApp  # noqa

import notifications_utils.eventlet as utils_eventlet  # noqa














        import greenlet



