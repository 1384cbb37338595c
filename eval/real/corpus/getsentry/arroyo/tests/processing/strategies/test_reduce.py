from datetime import datetime
from typing import Callable, Set
from unittest.mock import Mock, call

from arroyo.processing.strategies.reduce import Reduce
from arroyo.types import BaseValue, Message, Partition, Topic, Value





































