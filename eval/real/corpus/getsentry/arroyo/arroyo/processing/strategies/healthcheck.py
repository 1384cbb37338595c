from typing import Optional
import time

from arroyo.processing.strategies.abstract import ProcessingStrategy
from arroyo.types import TStrategyPayload, Message
from arroyo.utils.metrics import get_metrics

















































