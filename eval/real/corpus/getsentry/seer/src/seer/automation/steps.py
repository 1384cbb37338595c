import abc
from typing import Any, Optional, Type

import sentry_sdk

from seer.automation.pipeline import (
    PipelineChain,
    PipelineStep,
    PipelineStepTaskRequest,
    SerializedSignature,
)
from seer.automation.utils import make_done_signal
from seer.configuration import AppConfig
from seer.dependency_injection import inject, injected





































































































