

import os

import notifications_utils.logging.celery as celery_logging
from celery.signals import worker_process_init
from notifications_utils.semconv import set_service_instance_id
from opentelemetry.instrumentation import auto_instrumentation

from app.performance import init_performance_monitoring



from app import notify_celery, create_app  # noqa











