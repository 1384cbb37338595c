from collections.abc import Sequence
from uuid import uuid1

import pytest

from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.redis import RedisClientKey, get_redis_client
from snuba.subscriptions.data import PartitionId, SnQLSubscriptionData, SubscriptionData
from snuba.subscriptions.store import RedisSubscriptionDataStore
from tests.subscriptions import BaseSubscriptionTest













































































