from collections.abc import Sequence

from snuba.clusters.storage_sets import StorageSetKey
from snuba.migrations import migration, operations
from snuba.snuba_migrations.metrics.templates import (
    COL_SCHEMA_DISTRIBUTIONS_V2,
    get_forward_view_migration_polymorphic_table_v3,
    get_polymorphic_mv_variant_name,
)















































