
import os

from app.performance import init_performance_monitoring



from app import create_app  # noqa

from notifications_utils.eventlet import EventletTimeoutMiddleware, using_eventlet  # noqa








