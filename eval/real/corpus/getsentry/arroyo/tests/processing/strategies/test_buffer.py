from datetime import datetime
from unittest.mock import Mock, call
from typing import List

from arroyo.processing.strategies.buffer import Buffer
from arroyo.types import BaseValue, Message, Partition, Topic, Value



















































