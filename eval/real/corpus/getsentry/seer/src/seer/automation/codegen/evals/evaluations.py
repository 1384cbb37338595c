import logging

from langfuse.client import DatasetItemClient
from langfuse.decorators import observe

from seer.automation.agent.client import GeminiProvider, LlmClient
from seer.automation.codegen.bug_prediction_step import BugPredictionStep
from seer.automation.codegen.evals.models import (
    EvalItemInput,
    EvalItemOutput,
    ModelEvaluationOutput,
    ModelEvaluationOutputList,
)
from seer.automation.codegen.models import BugPrediction
from seer.automation.codegen.tasks import create_initial_bug_prediction_run
from seer.automation.state import DbStateRunTypes








































































































