from __future__ import annotations

from typing import Any

from arroyo.backends.kafka import KafkaPayload

from snuba.clickhouse.columns import ColumnSet
from snuba.clusters.storage_sets import StorageSetKey
from snuba.datasets.cdc.cdcstorage import CdcStorage
from snuba.datasets.cdc.row_processors import CdcRowProcessor
from snuba.datasets.configuration.json_schema import STORAGE_VALIDATORS
from snuba.datasets.configuration.loader import load_configuration_data
from snuba.datasets.configuration.utils import (
    get_mandatory_condition_checkers,
    get_query_processors,
    parse_columns,
)
from snuba.datasets.deletion_settings import DeletionSettings
from snuba.datasets.message_filters import StreamMessageFilter
from snuba.datasets.processors import DatasetMessageProcessor
from snuba.datasets.readiness_state import ReadinessState
from snuba.datasets.schemas.tables import TableSchema, WritableTableSchema
from snuba.datasets.storage import ReadableTableStorage, WritableTableStorage
from snuba.datasets.storages.storage_key import register_storage_key
from snuba.datasets.table_storage import (
    KafkaStreamLoader,
    build_kafka_stream_loader_from_settings,
)
from snuba.query.allocation_policies import AllocationPolicy
from snuba.query.conditions import ConditionFunctions, binary_condition
from snuba.query.expressions import Column, Literal
from snuba.replacers.replacer_processor import ReplacerProcessor
from snuba.subscriptions.utils import SchedulingWatermarkMode
from snuba.util import PartSegment
from snuba.utils.streams.topics import Topic

































































































































































































