from collections.abc import Sequence

from snuba.clickhouse.columns import AggregateFunction, Column, UInt
from snuba.clusters.storage_sets import StorageSetKey
from snuba.migrations import migration, operations
from snuba.snuba_migrations.metrics.templates import (
    get_forward_view_migration_polymorphic_table_v3,
    get_polymorphic_mv_variant_name,
)









































