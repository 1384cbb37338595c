import logging
import time
from collections import deque
from typing import Deque, Optional, Tuple, Union, cast

from confluent_kafka import KafkaError, KafkaException

from arroyo.backends.abstract import Producer, ProducerFuture
from arroyo.processing.strategies.abstract import MessageRejected, ProcessingStrategy
from arroyo.types import (
    BrokerValue,
    FilteredPayload,
    Message,
    Topic,
    TStrategyPayload,
    Value,
)
from arroyo.utils.metrics import get_metrics





















































































































































