from snuba.clusters.storage_sets import StorageSetKey
from snuba.migrations.groups import (
    DuplicateStorageSetFoundInGroup,
    MigrationGroup,
    build_storage_set_to_group_mapping,
    get_group_loader,
)






















