from __future__ import annotations

import pytest
from sentry_protos.snuba.v1.request_common_pb2 import TraceItemType

from snuba.datasets.deletion_settings import get_trace_item_type_name






























