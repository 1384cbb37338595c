import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sentry_sdk
from google.protobuf.message import Message as ProtobufMessage
from sentry_protos.snuba.v1.downsampled_storage_pb2 import DownsampledStorageConfig

from snuba import settings
from snuba.state.sentry_options import get_option
from snuba.web.rpc.storage_routing.common import extract_message_meta
from snuba.web.rpc.storage_routing.routing_strategies.outcomes_based import (
    OutcomesBasedRoutingStrategy,
)
from snuba.web.rpc.storage_routing.routing_strategies.outcomes_flex_time import (
    OutcomesFlexTimeRoutingStrategy,
)
from snuba.web.rpc.storage_routing.routing_strategies.storage_routing import (
    BaseRoutingStrategy,
    RoutingContext,
)


















































































































