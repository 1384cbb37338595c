from datetime import datetime

from arroyo.processing.strategies.noop import Noop
from arroyo.types import Message, Partition, Topic, Value















