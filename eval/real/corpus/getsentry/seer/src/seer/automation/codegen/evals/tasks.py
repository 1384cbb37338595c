import logging
import random

from langfuse import Langfuse
from langfuse.api.resources.commons.errors import NotFoundError
from langfuse.api.resources.commons.types.dataset_status import DatasetStatus

from celery_app.app import celery_app
from seer.automation.autofix.evaluations import make_score_name
from seer.automation.codegen.evals.evaluations import (
    evaluate_bug_predictions,
    sync_run_evaluation_on_item,
)
from seer.automation.codegen.evals.models import (
    CodegenRelevantWarningsEvaluationRequest,
    CodegenRelevantWarningsEvaluationSummary,
    EvalItemOutput,
)
from seer.configuration import AppConfig
from seer.dependency_injection import inject, injected




































































































































































