import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import islice
from typing import Any

import sentry_sdk
from google.protobuf.json_format import MessageToDict
from sentry_protos.snuba.v1.endpoint_trace_item_table_pb2 import (
    AggregationComparisonFilter,
    AggregationFilter,
    Column,
    TraceItemColumnValues,
    TraceItemTableRequest,
    TraceItemTableResponse,
)
from sentry_protos.snuba.v1.request_common_pb2 import (
    PageToken,
    RequestMeta,
    TraceItemType,
)
from sentry_protos.snuba.v1.trace_item_attribute_pb2 import (
    AttributeKey,
    ExtrapolationMode,
    VirtualColumnContext,
)

from snuba.attribution.appid import AppID
from snuba.attribution.attribution_info import AttributionInfo
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.datasets.pluggable_dataset import PluggableDataset
from snuba.downsampled_storage_tiers import Tier
from snuba.protos.common import (
    NORMALIZED_COLUMNS_EAP_ITEMS,
    TYPED_ARRAY_MAP_COLUMNS,
    NormalizedColumn,
    type_array_typed_columns_select_expressions,
)
from snuba.query import LimitBy, OrderBy, OrderByDirection, SelectedExpression
from snuba.query.data_source.simple import Entity
from snuba.query.dsl import Functions as f
from snuba.query.dsl import and_cond, if_cond, literal, literals_array, or_cond
from snuba.query.dsl import column as snuba_column
from snuba.query.expressions import (
    Column as ColumnExpr,
)
from snuba.query.expressions import (
    Expression,
    FunctionCall,
    SubscriptableReference,
)
from snuba.query.expressions import (
    Literal as LiteralExpr,
)
from snuba.query.logical import Query
from snuba.query.query_settings import HTTPQuerySettings
from snuba.request import Request as SnubaRequest
from snuba.utils.metrics.timer import Timer
from snuba.web.query import run_query
from snuba.web.rpc.common.common import (
    add_existence_check_to_map_attribute_reads,
    attribute_key_to_expression,
    base_conditions_and,
    get_field_existence_expression,
    semver_sort_key,
    timestamp_in_range_condition,
    trace_item_filters_to_expression,
    treeify_or_and_conditions,
    typed_array_select_subcolumn_name,
    use_indexed_name_for_request,
    use_sampling_factor,
    valid_sampling_factor_conditions,
)
from snuba.web.rpc.common.debug_info import (
    extract_response_meta,
)
from snuba.web.rpc.common.exceptions import BadSnubaRPCRequestException
from snuba.web.rpc.common.pagination import FlexibleTimeWindowPageWithFilters
from snuba.web.rpc.storage_routing.routing_strategies.storage_routing import (
    RoutingDecision,
    TimeWindow,
)
from snuba.web.rpc.v1.resolvers import ResolverTraceItemTable
from snuba.web.rpc.v1.resolvers.common.aggregation import (
    aggregation_to_expression,
    get_average_sample_rate_column,
    get_confidence_interval_column,
    get_count_column,
)
from snuba.web.rpc.v1.resolvers.common.cross_item_queries import (
    apply_cross_item_outer_query_settings,
    get_trace_ids_sql_for_cross_item_query,
    trace_id_in_subquery_condition,
)
from snuba.web.rpc.v1.resolvers.common.trace_item_table import convert_results

































































































































































































































































































































































































































































































































































































































































































































































































































