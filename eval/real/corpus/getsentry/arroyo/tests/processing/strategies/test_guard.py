from datetime import datetime
from typing import Any
from unittest.mock import Mock, call

import pytest

from arroyo.dlq import InvalidMessage
from arroyo.processing.strategies.guard import StrategyGuard
from arroyo.types import (
    FILTERED_PAYLOAD,
    BrokerValue,
    FilteredPayload,
    Message,
    Partition,
    Topic,
    Value,
)































