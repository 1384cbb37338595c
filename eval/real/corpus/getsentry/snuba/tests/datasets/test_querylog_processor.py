import uuid
from datetime import datetime, timedelta

from snuba.attribution import get_app_id
from snuba.attribution.attribution_info import AttributionInfo
from snuba.consumers.types import KafkaMessageMetadata
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.datasets.storages.factory import get_writable_storage
from snuba.datasets.storages.storage_key import StorageKey
from snuba.processor import InsertBatch
from snuba.query.data_source.simple import Entity
from snuba.query.logical import Query
from snuba.query.query_settings import HTTPQuerySettings
from snuba.querylog.query_metadata import (
    ClickhouseQueryMetadata,
    ClickhouseQueryProfile,
    FilterProfile,
    QueryStatus,
    RequestStatus,
    SnubaQueryMetadata,
    Status,
)
from snuba.request import Request
from snuba.utils.clock import TestingClock
from snuba.utils.metrics.timer import Timer































































































































