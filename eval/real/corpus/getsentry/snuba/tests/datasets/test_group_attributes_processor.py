from datetime import datetime

import pytest
from sentry_kafka_schemas.schema_types.group_attributes_v1 import (
    GroupAttributesSnapshot,
)

from snuba import settings
from snuba.consumers.types import KafkaMessageMetadata
from snuba.datasets.processors.group_attributes_processor import (
    GroupAttributesMessageProcessor,
)
from snuba.processor import ProcessedMessage
from snuba.writer import WriterTableRow






























































