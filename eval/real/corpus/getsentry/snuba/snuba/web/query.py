from __future__ import annotations

import logging
from typing import Any

from sentry_sdk import traces

from snuba import environment, settings
from snuba.datasets.dataset import Dataset
from snuba.datasets.factory import get_dataset, get_dataset_name
from snuba.datasets.pluggable_dataset import PluggableDataset
from snuba.pipeline.query_pipeline import QueryPipelineResult
from snuba.pipeline.stages.query_execution import ExecutionStage
from snuba.pipeline.stages.query_processing import (
    EntityProcessingStage,
    StorageProcessingStage,
)
from snuba.query.exceptions import InvalidQueryException, QueryPlanException
from snuba.query.query_settings import HTTPQuerySettings
from snuba.querylog import record_invalid_request, record_query
from snuba.querylog.query_metadata import SnubaQueryMetadata, get_request_status
from snuba.request import Request
from snuba.request.schema import RequestSchema
from snuba.request.validation import build_request, parse_mql_query, parse_snql_query
from snuba.utils.metrics.gauge import Gauge
from snuba.utils.metrics.timer import Timer
from snuba.utils.metrics.util import with_span
from snuba.utils.metrics.wrapper import MetricsWrapper
from snuba.utils.sentry import SENTRY_OP
from snuba.web import QueryException, QueryExtraData, QueryResult






































































































































