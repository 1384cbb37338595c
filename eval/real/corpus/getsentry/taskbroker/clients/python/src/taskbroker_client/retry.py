from __future__ import annotations

import logging
from enum import Enum
from multiprocessing.context import TimeoutError

from sentry_protos.taskbroker.v1.taskbroker_pb2 import (
    ON_ATTEMPTS_EXCEEDED_DEADLETTER,
    ON_ATTEMPTS_EXCEEDED_DISCARD,
    OnAttemptsExceeded,
    RetryState,
)

from taskbroker_client.state import current_task
































































































