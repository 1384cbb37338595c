from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any, cast
from unittest.mock import patch

import pytest
import sentry_kafka_schemas
from sentry_options.testing import override_options

import rust_snuba
from snuba.consumers.types import KafkaMessageMetadata
from snuba.datasets.processors import DatasetMessageProcessor
from snuba.datasets.processors.eap_items_processor import EAPItemsProcessor
from snuba.datasets.processors.errors_processor import ErrorsProcessor
from snuba.datasets.processors.metrics_bucket_processor import (
    PolymorphicMetricsProcessor,
)
from snuba.datasets.processors.outcomes_processor import OutcomesProcessor
from snuba.datasets.processors.replays_processor import ReplaysProcessor
from snuba.datasets.processors.rust_compat_processor import RustCompatProcessor
from snuba.processor import InsertBatch, ReplacementBatch








































































































































