from datetime import datetime
from unittest.mock import ANY, Mock

from arroyo.processing.strategies.commit import CommitOffsets
from arroyo.types import Message, Partition, Topic, Value
from tests.metrics import Increment, TestingMetricsBackend




































