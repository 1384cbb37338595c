from datetime import UTC, datetime

from google.protobuf.timestamp_pb2 import Timestamp
from sentry_protos.snuba.v1.attribute_conditional_aggregation_pb2 import (
    AttributeConditionalAggregation,
)
from sentry_protos.snuba.v1.endpoint_trace_item_table_pb2 import (
    Column,
    TraceItemTableRequest,
)
from sentry_protos.snuba.v1.request_common_pb2 import RequestMeta, TraceItemType
from sentry_protos.snuba.v1.trace_item_attribute_pb2 import (
    AttributeKey,
    ExtrapolationMode,
    Function,
)
from sentry_protos.snuba.v1.trace_item_filter_pb2 import (
    AndFilter,
    ExistsFilter,
    OrFilter,
    TraceItemFilter,
)

from snuba.web.rpc.v1.visitors.sparse_aggregate_attribute_transformer import (
    SparseAggregateAttributeTransformer,
)



















































































































