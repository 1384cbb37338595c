import time
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import NamedTuple

from arroyo import Message, Partition, Topic
from arroyo.backends.abstract import Producer
from arroyo.backends.kafka import KafkaConsumer, KafkaPayload
from arroyo.commit import ONCE_PER_SECOND
from arroyo.processing import StreamProcessor
from arroyo.processing.strategies import ProcessingStrategy
from arroyo.processing.strategies.abstract import ProcessingStrategyFactory
from arroyo.types import Commit, FilteredPayload

from snuba import settings
from snuba.datasets.dataset import Dataset
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.datasets.factory import get_dataset
from snuba.datasets.table_storage import KafkaTopicSpec
from snuba.redis import RedisClientKey, get_redis_client
from snuba.subscriptions.codecs import SubscriptionScheduledTaskEncoder
from snuba.subscriptions.data import PartitionId
from snuba.subscriptions.executor_consumer import SubscriptionExecutorProcessingFactory
from snuba.subscriptions.scheduler import SubscriptionScheduler
from snuba.subscriptions.scheduler_consumer import CommitLogTickConsumer
from snuba.subscriptions.scheduler_processing_strategy import TickBuffer
from snuba.subscriptions.store import RedisSubscriptionDataStore
from snuba.subscriptions.utils import SchedulingWatermarkMode, Tick
from snuba.utils.metrics import MetricsBackend
from snuba.utils.streams.configuration_builder import build_kafka_consumer_configuration










































































































































































































































































