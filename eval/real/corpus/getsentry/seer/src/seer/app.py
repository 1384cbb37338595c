import logging
import os
import time

import datadog
import flask
import sentry_sdk
from datadog.dogstatsd.base import statsd
from flask import Blueprint, Flask, jsonify
from openai import APITimeoutError
from sentry_sdk.integrations.flask import FlaskIntegration
from sentry_sdk.integrations.logging import LoggingIntegration
from werkzeug.exceptions import GatewayTimeout, InternalServerError

from integrations.codecov.codecov_auth import CodecovAuthentication
from integrations.overwatch.overwatch_auth import OverwatchAuthentication
from seer.anomaly_detection.models.external import (
    AlertInSeer,
    DeleteAlertDataRequest,
    DeleteAlertDataResponse,
    DetectAnomaliesRequest,
    DetectAnomaliesResponse,
    StoreDataRequest,
    StoreDataResponse,
    TimeSeriesWithHistory,
)
from seer.automation.assisted_query.assisted_query import translate_query
from seer.automation.assisted_query.create_cache import create_cache
from seer.automation.assisted_query.models import (
    CreateCacheRequest,
    CreateCacheResponse,
    TranslateRequest,
    TranslateResponses,
)
from seer.automation.autofix.models import (
    AutofixEndpointResponse,
    AutofixEvaluationRequest,
    AutofixNoopRequest,
    AutofixPrIdRequest,
    AutofixRequest,
    AutofixStateRequest,
    AutofixStateResponse,
    AutofixUpdateEndpointResponse,
    AutofixUpdateRequest,
    AutofixUpdateType,
)
from seer.automation.autofix.runs import update_repo_access_and_properties
from seer.automation.autofix.tasks import (
    check_and_mark_if_timed_out,
    comment_on_thread,
    get_autofix_state,
    get_autofix_state_from_pr_id,
    receive_feedback,
    receive_user_message,
    resolve_comment_thread,
    restart_from_point_with_feedback,
    run_autofix_coding,
    run_autofix_evaluation,
    run_autofix_push_changes,
    run_autofix_root_cause,
    run_autofix_solution,
    update_code_change,
)
from seer.automation.codebase.models import RepoAccessCheckRequest, RepoAccessCheckResponse
from seer.automation.codebase.repo_client import RepoClient
from seer.automation.codebase.tasks import (
    collect_all_repos_for_backfill,
    run_repo_archive_cleanup,
    run_repo_sync,
)
from seer.automation.codegen.evals.models import (
    CodegenRelevantWarningsEvaluationRequest,
    CodegenRelevantWarningsEvaluationSummary,
)
from seer.automation.codegen.evals.tasks import run_relevant_warnings_evaluation
from seer.automation.codegen.models import (
    CodecovTaskRequest,
    CodegenBaseRequest,
    CodegenBaseResponse,
    CodegenPrClosedResponse,
    CodegenPrReviewResponse,
    CodegenPrReviewStateRequest,
    CodegenPrReviewStateResponse,
    CodegenRelevantWarningsRequest,
    CodegenRelevantWarningsResponse,
    CodegenUnitTestsResponse,
    CodegenUnitTestsStateRequest,
    CodegenUnitTestsStateResponse,
)
from seer.automation.codegen.tasks import (
    codegen_bug_prediction,
    codegen_pr_closed,
    codegen_pr_review,
    codegen_relevant_warnings,
    codegen_retry_unittest,
    codegen_unittest,
    get_unittest_state,
)
from seer.automation.preferences import (
    GetSeerProjectPreferenceRequest,
    GetSeerProjectPreferenceResponse,
    SetSeerProjectPreferenceRequest,
    SetSeerProjectPreferenceResponse,
    get_seer_project_preference,
    set_seer_project_preference,
)
from seer.automation.summarize.issue import run_fixability_score, run_summarize_issue
from seer.automation.summarize.models import (
    GetFixabilityScoreRequest,
    SummarizeIssueRequest,
    SummarizeIssueResponse,
    SummarizeTraceRequest,
    SummarizeTraceResponse,
)
from seer.automation.summarize.traces import summarize_trace
from seer.automation.utils import ConsentError, raise_if_no_genai_consent
from seer.bootup import bootup, module
from seer.configuration import AppConfig
from seer.dependency_injection import inject, injected, resolve
from seer.exceptions import ClientError, ServerError
from seer.grouping.grouping import (
    BulkCreateGroupingRecordsResponse,
    CreateGroupingRecordsRequest,
    DeleteGroupingRecordsByHashRequest,
    DeleteGroupingRecordsByHashResponse,
    GroupingRequest,
    SimilarityResponse,
)
from seer.inference_models import (
    autofixability_model,
    embeddings_model,
    grouping_lookup,
    load_anomaly_detection,
    test_grouping_model,
)
from seer.json_api import json_api
from seer.loading import LoadingResult
from seer.severity.severity_inference import SeverityRequest, SeverityResponse
from seer.smoke_test import check_smoke_test
from seer.tags import AnomalyDetectionModes, AnomalyDetectionTags
from seer.trend_detection.trend_detector import BreakpointRequest, BreakpointResponse, find_trends
from seer.workflows.compare.models import CompareCohortsRequest, CompareCohortsResponse
from seer.workflows.compare.service import compare_cohort





















































































































































































































































































































































































































































































































    from seer.inference_models import models_loading_status



















    from seer.inference_models import models_loading_status









































