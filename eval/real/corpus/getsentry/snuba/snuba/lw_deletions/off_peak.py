import time
from datetime import UTC, datetime

from arroyo.backends.kafka import KafkaPayload
from arroyo.processing.strategies import ProcessingStrategy
from arroyo.processing.strategies.abstract import MessageRejected
from arroyo.types import Message

from snuba.state.sentry_options import get_option
from snuba.utils.metrics import MetricsBackend






































































