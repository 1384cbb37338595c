import logging
import time
from collections.abc import Sequence

from confluent_kafka import KafkaError, KafkaException
from confluent_kafka.admin import (  # type: ignore[attr-defined]  # NewTopic lacks explicit re-export
    AdminClient,
    NewTopic,
)

from snuba.datasets.table_storage import KafkaTopicSpec
from snuba.utils.streams.topics import Topic




























































