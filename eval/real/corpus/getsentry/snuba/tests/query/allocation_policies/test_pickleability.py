import pickle

from snuba.datasets.storages.factory import get_all_storage_keys, get_storage












