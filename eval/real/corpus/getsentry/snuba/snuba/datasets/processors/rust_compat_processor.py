from __future__ import annotations

import logging
from datetime import UTC
from typing import Any

import simplejson as json

from snuba.consumers.types import KafkaMessageMetadata
from snuba.datasets.processors import DatasetMessageProcessor
from snuba.processor import InsertBatch, ProcessedMessage, ReplacementBatch
from snuba.state.sentry_options import get_option






        import rust_snuba






































