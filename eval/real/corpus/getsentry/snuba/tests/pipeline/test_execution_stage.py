import uuid

import pytest
from sentry_options.testing import override_options

from snuba import settings as snubasettings
from snuba.attribution import get_app_id
from snuba.attribution.attribution_info import AttributionInfo
from snuba.clickhouse.columns import ColumnSet
from snuba.clickhouse.query import Query
from snuba.configs.configuration import Configuration, ResourceIdentifier
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.storages.storage_key import StorageKey
from snuba.pipeline.query_pipeline import QueryPipelineResult
from snuba.pipeline.stages.query_execution import (
    DISABLE_MAX_QUERY_SIZE_CHECK_FOR_CLUSTERS_CONFIG,
    MAX_QUERY_SIZE_BYTES_CONFIG,
    ExecutionStage,
)
from snuba.query import SelectedExpression
from snuba.query.allocation_policies import (
    MAX_THRESHOLD,
    NO_SUGGESTION,
    NO_UNITS,
    AllocationPolicy,
    QueryResultOrError,
    QuotaAllowance,
)
from snuba.query.data_source.simple import Entity, Table
from snuba.query.dsl import and_cond, column, equals, literal
from snuba.query.expressions import Column, FunctionCall
from snuba.query.logical import Query as LogicalQuery
from snuba.query.query_settings import HTTPQuerySettings
from snuba.querylog.query_metadata import (
    SLO,
    QueryStatus,
    RequestStatus,
    SnubaQueryMetadata,
)
from snuba.request import Request
from snuba.utils.metrics.timer import Timer
from snuba.utils.schemas import UUID, String, UInt
from snuba.web import QueryException
















































































































































































































































