from abc import ABC, abstractmethod

from snuba.clickhouse.query import Query as ClickhouseQuery
from snuba.clickhouse.query_dsl.accessors import get_object_ids_in_query_ast
from snuba.clusters.cluster import ClickhouseCluster, get_cluster
from snuba.clusters.storage_sets import StorageSetKey
from snuba.datasets.slicing import (
    is_storage_set_sliced,
    map_logical_partition_to_slice,
    map_org_id_to_logical_partition,
)
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query.logical import Query as LogicalQuery
from snuba.query.query_settings import QuerySettings
from snuba.state.sentry_options import get_mapped_option


























































































