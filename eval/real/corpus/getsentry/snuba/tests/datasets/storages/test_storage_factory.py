from snuba.datasets.storage import Storage, WritableTableStorage
from snuba.datasets.storages.factory import (
    get_config_built_storages,
    get_storage,
    get_writable_storage_keys,
    initialize_storage_factory,
)
from snuba.datasets.storages.storage_key import StorageKey










































