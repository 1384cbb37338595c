from collections.abc import Mapping, MutableSequence, Sequence
from datetime import datetime
from typing import Any

from snuba.clickhouse.http import JSONRowEncoder
from snuba.consumers.types import KafkaMessageMetadata
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity, override_entity_map
from snuba.datasets.pluggable_entity import PluggableEntity
from snuba.datasets.storage import WritableStorage
from snuba.processor import InsertBatch, InsertEvent, ProcessedMessage
from snuba.query.validation.validators import ColumnValidationMode
from snuba.utils.metrics.backends.dummy import DummyMetricsBackend
from snuba.writer import BatchWriterEncoderWrapper, WriterTableRow






















































