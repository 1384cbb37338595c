import os
from functools import partial

from sentry_sdk.integrations.celery import CeleryIntegration

















        import sentry_sdk










            from app.version import __git_commit__





















