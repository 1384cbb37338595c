import contextlib
import itertools
import uuid
from abc import abstractmethod
from datetime import datetime
from typing import Iterator, Optional
from unittest import TestCase

import pytest

from arroyo.backends.abstract import Consumer, Producer
from arroyo.backends.local.backend import LocalBroker
from arroyo.backends.local.storages.abstract import (
    MessageStorage,
    PartitionDoesNotExist,
    TopicDoesNotExist,
    TopicExists,
)
from arroyo.backends.local.storages.memory import MemoryMessageStorage
from arroyo.types import Partition, Topic
from arroyo.utils.clock import MockedClock
from tests.backends.mixins import StreamsTestMixin














































































