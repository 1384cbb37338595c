from datetime import UTC, datetime

import time_machine
from arroyo.backends.kafka import KafkaProducer

from taskbroker_client.types import AtMostOnceStore


























