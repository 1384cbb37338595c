import pytest

from snuba.clickhouse.columns import Array, UInt
from snuba.clickhouse.columns import SchemaModifiers as Modifier
from snuba.clusters.cluster import ClickhouseClientSettings
from snuba.datasets.storages.factory import get_storage, get_writable_storage
from snuba.datasets.storages.storage_key import StorageKey



































