import time
from typing import Any, Optional

from arroyo.processing.strategies.abstract import ProcessingStrategy
from arroyo.types import Commit, Message
from arroyo.utils.metrics import get_metrics






































