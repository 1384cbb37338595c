from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Generator, Mapping, MutableMapping, Sequence
from concurrent.futures.thread import ThreadPoolExecutor
from typing import (
    Any,
)

import pytest
from sentry_options.testing import override_options

from snuba.clickhouse.pool import ClickhousePool
from snuba.clusters import cluster
from snuba.clusters.cluster import ClickhouseNode
from snuba.clusters.storage_sets import StorageSetKey
from snuba.datasets.storages.factory import get_writable_storage
from snuba.datasets.storages.storage_key import StorageKey
from snuba.processor import ReplacementType
from snuba.replacer import (
    InOrderConnectionPool,
    QueryNodeExecutor,
    ReplacerWorker,
    ShardedExecutor,
)
from snuba.replacers.errors_replacer import (
    NeedsFinal,
    QueryTimeFlags,
    Replacement,
    ReplacementContext,
)
from snuba.replacers.replacer_processor import (
    ReplacementMessage,
    ReplacementMessageMetadata,
)
from snuba.utils.metrics.backends.abstract import MetricsBackend
from snuba.utils.metrics.backends.dummy import DummyMetricsBackend
from tests.clusters.fake_cluster import (
    FakeClickhouseCluster,
    FakeClickhousePool,
    ServerExplodedException,
)























































































































































































































































































































































