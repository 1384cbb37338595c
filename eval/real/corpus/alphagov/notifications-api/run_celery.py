

import os

import notifications_utils.logging.celery as celery_logging
from celery.signals import worker_process_init
from notifications_utils.semconv import set_service_instance_id
from opentelemetry.instrumentation import auto_instrumentation

from app.performance import init_performance_monitoring






import prometheus_client  # noqa









import pycurl  # noqa


from app import create_app, notify_celery  # noqa
from app.notify_api_flask_app import NotifyApiFlaskApp  # noqa











