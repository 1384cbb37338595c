from datetime import datetime

from sentry_kafka_schemas.schema_types.group_attributes_v1 import (
    GroupAttributesSnapshot,
)

from snuba import environment, settings
from snuba.consumers.types import KafkaMessageMetadata
from snuba.datasets.processors import DatasetMessageProcessor
from snuba.processor import InsertBatch, ProcessedMessage
from snuba.utils.metrics.wrapper import MetricsWrapper




































