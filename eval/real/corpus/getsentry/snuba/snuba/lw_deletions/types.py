from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sentry_protos.snuba.v1.trace_item_attribute_pb2 import AttributeKey














