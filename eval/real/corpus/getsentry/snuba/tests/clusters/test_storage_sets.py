from snuba.clusters.storage_sets import StorageSetKey, is_valid_storage_set_combination




