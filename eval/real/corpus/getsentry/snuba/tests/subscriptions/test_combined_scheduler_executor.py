import time
import uuid
from contextlib import closing
from datetime import datetime
from pathlib import Path
from unittest import mock

import pytest
from arroyo.backends.kafka import KafkaProducer
from arroyo.types import BrokerValue, Message, Partition, Topic

from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.datasets.factory import get_dataset
from snuba.redis import RedisClientKey, get_redis_client
from snuba.subscriptions.combined_scheduler_executor import (
    CombinedSchedulerExecutorFactory,
)
from snuba.subscriptions.data import PartitionId, SnQLSubscriptionData
from snuba.subscriptions.store import RedisSubscriptionDataStore
from snuba.subscriptions.types import Interval
from snuba.subscriptions.utils import Tick
from snuba.utils.streams.configuration_builder import build_kafka_producer_configuration
from snuba.utils.streams.topics import Topic as SnubaTopic
from tests.backends.metrics import TestingMetricsBackend





























































































































