import importlib
import uuid
from datetime import timedelta
from random import randint
from unittest.mock import patch

import pytest

from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.subscriptions import scheduler
from snuba.subscriptions.data import (
    PartitionId,
    SnQLSubscriptionData,
    Subscription,
    SubscriptionIdentifier,
)
from snuba.subscriptions.scheduler import filter_subscriptions
from snuba.utils.metrics.backends.dummy import DummyMetricsBackend









































