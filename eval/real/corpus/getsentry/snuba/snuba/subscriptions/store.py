import abc
import time
from collections.abc import Iterable
from uuid import UUID

from snuba import environment
from snuba.datasets.entities.entity_key import EntityKey
from snuba.redis import RedisClientType
from snuba.subscriptions.codecs import SubscriptionDataCodec
from snuba.subscriptions.data import PartitionId, SubscriptionData
from snuba.utils.metrics.wrapper import MetricsWrapper




































































