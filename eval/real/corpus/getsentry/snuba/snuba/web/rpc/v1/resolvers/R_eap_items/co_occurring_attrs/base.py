from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from sentry_protos.snuba.v1.trace_item_attribute_pb2 import AttributeKey

from snuba.datasets.storages.factory import get_storage
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query.data_source.simple import Storage
from snuba.query.expressions import Expression


























































