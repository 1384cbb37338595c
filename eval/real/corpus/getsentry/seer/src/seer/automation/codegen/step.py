from typing import Any

import sentry_sdk

from seer.automation.codegen.codegen_context import CodegenContext
from seer.automation.codegen.models import CodegenStatus
from seer.automation.pipeline import PipelineContext, PipelineStep, PipelineStepTaskRequest
from seer.automation.state import DbStateRunTypes
from seer.automation.utils import make_done_signal

























































