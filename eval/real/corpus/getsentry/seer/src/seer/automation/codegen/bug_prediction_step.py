import json
from typing import Any

import requests
from langfuse.decorators import observe

from celery_app.app import celery_app
from integrations.codecov.codecov_auth import get_codecov_auth_header
from seer.automation.autofix.config import (
    AUTOFIX_EXECUTION_HARD_TIME_LIMIT_SECS,
    AUTOFIX_EXECUTION_SOFT_TIME_LIMIT_SECS,
)
from seer.automation.codebase.models import PrFile, PullRequest
from seer.automation.codebase.repo_client import RepoClientType
from seer.automation.codegen.bug_prediction_component import (
    BugPredictorComponent,
    FilterFilesComponent,
    FormatterComponent,
)
from seer.automation.codegen.models import (
    BugPrediction,
    BugPredictorRequest,
    CodegenRelevantWarningsRequest,
    FilterFilesRequest,
    FormatterRequest,
)
from seer.automation.codegen.step import CodegenStep
from seer.automation.pipeline import PipelineStepTaskRequest
from seer.automation.state import DbStateRunTypes
from seer.configuration import AppConfig
from seer.dependency_injection import inject, injected










































































































































