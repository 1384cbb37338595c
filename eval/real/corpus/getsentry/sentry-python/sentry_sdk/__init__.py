from sentry_sdk import metrics, profiler

from sentry_sdk.scope import Scope  # isort: skip
from sentry_sdk.client import Client  # isort: skip
from sentry_sdk.consts import VERSION
from sentry_sdk.transport import HttpTransport, Transport

from sentry_sdk.api import *  # noqa # isort: skip
























































from sentry_sdk.debug import init_debug_support





from sentry_sdk.hub import Hub
