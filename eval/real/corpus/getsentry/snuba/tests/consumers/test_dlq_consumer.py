import subprocess
import time

import pytest
import rapidjson
from arroyo.backends.kafka import KafkaConsumer, KafkaPayload, KafkaProducer
from arroyo.types import Topic
from confluent_kafka.admin import AdminClient

from snuba.consumers.dlq import (
    DlqInstruction,
    DlqInstructionStatus,
    DlqReplayPolicy,
    load_instruction,
    store_instruction,
)
from snuba.datasets.storages.storage_key import StorageKey
from snuba.utils.manage_topics import create_topics
from snuba.utils.streams.configuration_builder import (
    build_kafka_consumer_configuration,
    build_kafka_producer_configuration,
    get_default_kafka_configuration,
)
from snuba.utils.streams.topics import Topic as SnubaTopic








































































