from snuba.web.rpc.storage_routing.routing_strategies.common import (
    num_items_from_outcomes_result,
)







