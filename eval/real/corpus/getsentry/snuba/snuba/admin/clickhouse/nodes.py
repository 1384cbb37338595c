from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

import structlog

from snuba import settings
from snuba.clusters.cluster import DEFAULT_CLICKHOUSE_HTTP_PORT, UndefinedClickhouseCluster
from snuba.clusters.storage_sets import DEV_STORAGE_SETS
from snuba.datasets.readiness_state import ReadinessState
from snuba.datasets.schemas.tables import TableSchema
from snuba.datasets.storages.factory import get_all_storage_keys, get_storage
from snuba.datasets.storages.storage_key import StorageKey













































































