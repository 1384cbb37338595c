import logging
from collections.abc import Callable
from typing import NamedTuple

from snuba.migrations.status import Status






