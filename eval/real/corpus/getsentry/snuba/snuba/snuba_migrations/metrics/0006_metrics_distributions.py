from collections.abc import Sequence

from snuba.migrations import migration, operations
from snuba.snuba_migrations.metrics.templates import (
    COL_SCHEMA_DISTRIBUTIONS,
    get_forward_migrations_dist,
    get_forward_migrations_local,
    get_migration_args_for_distributions,
    get_reverse_table_migration,
)























