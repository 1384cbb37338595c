import os

from gds_metrics.gunicorn import child_exit  # noqa
from notifications_utils.gunicorn.defaults import set_gunicorn_defaults







