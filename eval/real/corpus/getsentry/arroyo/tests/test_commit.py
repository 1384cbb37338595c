import time

import pytest

from arroyo.commit import IMMEDIATE, ONCE_PER_SECOND, CommitPolicy
from arroyo.types import Partition, Topic








































