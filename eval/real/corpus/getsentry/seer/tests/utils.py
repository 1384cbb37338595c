import contextlib

from celery_app.app import celery_app











