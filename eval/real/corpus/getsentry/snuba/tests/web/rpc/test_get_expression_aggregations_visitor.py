from sentry_protos.snuba.v1.attribute_conditional_aggregation_pb2 import (
    AttributeConditionalAggregation,
)
from sentry_protos.snuba.v1.endpoint_time_series_pb2 import Expression
from sentry_protos.snuba.v1.trace_item_attribute_pb2 import (
    AttributeAggregation,
    AttributeKey,
    Function,
)

from snuba.web.rpc.proto_visitor import (
    GetExpressionAggregationsVisitor,
    TimeSeriesExpressionWrapper,
)










































































