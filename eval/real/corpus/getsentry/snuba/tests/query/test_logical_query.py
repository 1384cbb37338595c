import pytest

from snuba.clickhouse.columns import ColumnSet
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query.data_source.simple import Entity, Storage
from snuba.query.logical import EntityQuery, Query, StorageQuery









































