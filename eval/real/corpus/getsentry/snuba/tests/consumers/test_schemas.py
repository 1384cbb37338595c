from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
import sentry_kafka_schemas
from sentry_kafka_schemas.types import Example

from snuba.consumers.types import KafkaMessageMetadata
from snuba.datasets.storages.factory import (
    get_writable_storage,
    get_writable_storage_keys,
    get_writable_storages,
)
from snuba.processor import MessageProcessor, ReplacementBatch
from snuba.replacers.replacer_processor import (
    ReplacementMessage,
    ReplacementMessageMetadata,
    ReplacerProcessor,
)






















































































