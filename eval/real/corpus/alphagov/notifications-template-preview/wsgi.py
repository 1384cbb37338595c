from app.performance import init_performance_monitoring



import os  # noqa

from app import create_app  # noqa







