from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sentry_sdk import traces

from snuba.clickhouse.query import Query
from snuba.clusters.cluster import ClickhouseCluster
from snuba.datasets.entities.storage_selectors import QueryStorageSelector
from snuba.datasets.entities.storage_selectors.selector import QueryStorageSelectorError
from snuba.datasets.plans.cluster_selector import ColumnBasedStorageSliceSelector
from snuba.datasets.plans.storage_processing import (
    check_storage_readiness,
    get_query_data_source,
)
from snuba.datasets.plans.translator.query import QueryTranslator
from snuba.datasets.slicing import is_storage_set_sliced
from snuba.datasets.storage import (
    EntityStorageConnection,
    ReadableStorage,
    ReadableTableStorage,
)
from snuba.query.logical import EntityQuery
from snuba.query.logical import Query as LogicalQuery
from snuba.query.processors.physical import ClickhouseQueryProcessor
from snuba.query.query_settings import QuerySettings
from snuba.state import explain_meta
from snuba.utils.sentry import SENTRY_OP


























































































        from snuba.pipeline.processors import execute_entity_processors






    from snuba.datasets.entities.entity_key import EntityKey
    from snuba.datasets.entities.factory import get_entity
    from snuba.datasets.pluggable_entity import PluggableEntity









