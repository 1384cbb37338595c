import re
import time
from collections.abc import Sequence

import structlog
from packaging import version

from snuba.clickhouse.pool import ClickhousePool
from snuba.clusters.cluster import (
    ClickhouseClientSettings,
    ClickhouseCluster,
    ClickhouseNode,
    UndefinedClickhouseCluster,
    get_cluster,
)
from snuba.clusters.storage_sets import DEV_STORAGE_SETS
from snuba.datasets.readiness_state import ReadinessState
from snuba.datasets.storages.factory import get_all_storage_keys, get_storage
from snuba.datasets.storages.storage_key import StorageKey
from snuba.migrations.clickhouse import (
    CLICKHOUSE_SERVER_MAX_VERSION,
    CLICKHOUSE_SERVER_MIN_VERSION,
)
from snuba.migrations.errors import InactiveClickhouseReplica, InvalidClickhouseVersion
from snuba.migrations.groups import (
    MigrationGroup,
    get_group_readiness_state_from_storage_set,
    get_storage_set_keys,
)
from snuba.settings import ENABLE_DEV_FEATURES
from snuba.utils.types import ColumnStatesMapType























































































































































































