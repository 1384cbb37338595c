from snuba.web.rpc.storage_routing.routing_strategies.outcomes_based import (
    OutcomesBasedRoutingStrategy,
)
from tests.web.rpc.v1.routing_strategies.common import override_component_config













