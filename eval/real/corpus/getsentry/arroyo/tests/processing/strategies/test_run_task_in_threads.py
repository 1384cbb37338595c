from datetime import datetime
import time
from unittest.mock import Mock
import pytest

from arroyo.processing.strategies.run_task_in_threads import RunTaskInThreads
from arroyo.types import BrokerValue, Message, Topic, Partition







































