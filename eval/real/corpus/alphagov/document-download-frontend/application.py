import os

from app.performance import init_performance_monitoring



import os  # noqa

from flask import Flask  # noqa
from whitenoise import WhiteNoise  # noqa

from app import create_app  # noqa

from notifications_utils.eventlet import EventletTimeoutMiddleware, using_eventlet  # noqa















