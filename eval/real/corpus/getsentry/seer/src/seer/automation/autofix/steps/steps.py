import os
import threading
import time
from typing import Any

import sentry_sdk

from celery_app.app import celery_app
from seer.automation.autofix.autofix_context import AutofixContext
from seer.automation.pipeline import (
    DEFAULT_PIPELINE_STEP_HARD_TIME_LIMIT_SECS,
    DEFAULT_PIPELINE_STEP_SOFT_TIME_LIMIT_SECS,
    PipelineChain,
    PipelineContext,
    PipelineStep,
    PipelineStepTaskRequest,
)
from seer.automation.state import DbStateRunTypes
from seer.automation.steps import (
    ParallelizedChainConditionalStep,
    ParallelizedChainStep,
    ParallelizedChainStepRequest,
)
from seer.automation.utils import (
    make_done_signal,
    make_kill_signal,
    make_retry_prefix,
    make_retry_signal,
)































































































































































































