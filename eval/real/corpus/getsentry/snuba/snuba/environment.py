import logging
import os

import sentry_sdk
import structlog
from sentry_sdk.integrations.flask import FlaskIntegration
from sentry_sdk.integrations.gnu_backtrace import GnuBacktraceIntegration
from sentry_sdk.integrations.logging import LoggingIntegration
from sentry_sdk.integrations.redis import RedisIntegration
from sentry_sdk.integrations.threading import ThreadingIntegration
from sentry_sdk.types import Event, Hint
from structlog.processors import JSONRenderer
from structlog.types import EventDict
from structlog_sentry import SentryProcessor

from snuba import settings
from snuba.utils.metrics.util import create_metrics






































































































    from arroyo.processing.strategies.run_task_with_multiprocessing import (
        ChildProcessTerminated,
    )
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import RedisClusterException
    from redis.exceptions import TimeoutError as RedisTimeoutError

    from snuba.query.allocation_policies import AllocationPolicyViolations
    from snuba.web.rpc.common.exceptions import RPCAllocationPolicyException




























































    from snuba.state.sentry_options import init_options









