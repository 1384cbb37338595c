import logging
import time
from cProfile import Profile
from pathlib import Path
from typing import Mapping, Optional

from arroyo.processing.strategies.abstract import (
    ProcessingStrategy,
    ProcessingStrategyFactory,
)
from arroyo.types import Commit, Message, Partition, TStrategyPayload

































































