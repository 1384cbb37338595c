from collections.abc import Mapping, Sequence
from typing import Any

from arroyo.backends.kafka import build_kafka_configuration
from arroyo.backends.kafka import (
    build_kafka_consumer_configuration as _build_kafka_consumer_configuration,
)
from arroyo.backends.kafka import (
    build_kafka_producer_configuration as _build_kafka_producer_configuration,
)

from snuba import settings
from snuba.utils.streams.topics import Topic
from snuba.utils.streams.types import KafkaBrokerConfig










































































