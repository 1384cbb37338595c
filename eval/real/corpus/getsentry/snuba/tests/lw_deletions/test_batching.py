from __future__ import annotations

from datetime import datetime
from typing import Any
from unittest.mock import Mock, patch

import rapidjson
from arroyo.backends.kafka import KafkaPayload
from arroyo.types import BrokerValue, Message, Partition, Topic

from snuba.lw_deletions.batching import BatchStepCustom, ReduceRowsBuffer
from snuba.lw_deletions.strategy import increment_by
from snuba.utils.streams.topics import Topic as SnubaTopic












































































