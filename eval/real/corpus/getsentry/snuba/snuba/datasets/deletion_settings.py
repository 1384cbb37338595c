from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from sentry_protos.snuba.v1.request_common_pb2 import TraceItemType















































