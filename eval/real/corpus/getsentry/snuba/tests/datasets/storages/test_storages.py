import pytest

from snuba.datasets.storages.storage_key import StorageKey





