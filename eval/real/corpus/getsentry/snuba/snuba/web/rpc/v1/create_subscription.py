from sentry_protos.snuba.v1.endpoint_create_subscription_pb2 import (
    CreateSubscriptionRequest as CreateSubscriptionRequestProto,
)
from sentry_protos.snuba.v1.endpoint_create_subscription_pb2 import (
    CreateSubscriptionResponse,
)
from sentry_protos.snuba.v1.request_common_pb2 import TraceItemType

from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.pluggable_dataset import PluggableDataset
from snuba.web.rpc import RPCEndpoint
from snuba.web.rpc.v1.endpoint_time_series import _convert_aggregations_to_expressions


















        from snuba.subscriptions.data import RPCSubscriptionData
        from snuba.subscriptions.subscription import SubscriptionCreator
















