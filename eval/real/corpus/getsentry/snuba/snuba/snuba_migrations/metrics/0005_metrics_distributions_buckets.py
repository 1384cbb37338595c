from collections.abc import Sequence

from snuba.clickhouse.columns import Array, Column, Float
from snuba.migrations import migration, operations
from snuba.snuba_migrations.metrics.templates import (
    get_forward_bucket_table_dist,
    get_forward_bucket_table_local,
    get_reverse_table_migration,
)























