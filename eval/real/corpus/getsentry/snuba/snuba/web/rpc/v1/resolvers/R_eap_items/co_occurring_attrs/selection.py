

from __future__ import annotations

from datetime import UTC, datetime

from sentry_protos.snuba.v1.endpoint_trace_item_attributes_pb2 import (
    TraceItemAttributeNamesRequest,
)

from snuba.state.sentry_options import get_option
from snuba.web.rpc.common.common import prev_monday
from snuba.web.rpc.v1.resolvers.R_eap_items.co_occurring_attrs.base import (
    CoOccurringAttrsSource,
)
from snuba.web.rpc.v1.resolvers.R_eap_items.co_occurring_attrs.v1 import V1
from snuba.web.rpc.v1.resolvers.R_eap_items.co_occurring_attrs.v2 import V2






































