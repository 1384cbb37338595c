from __future__ import annotations

import _strptime  # NOQA fixes _strptime deferred import issue
import re
from collections.abc import Callable, MutableMapping, Sequence
from datetime import UTC, datetime, timedelta
from enum import Enum
from functools import wraps
from re import Pattern
from typing import (
    Any,
    NamedTuple,
    TypeVar,
    cast,
)

from dateutil.parser import parse as dateutil_parse

from snuba.query.schema import CONDITION_OPERATORS
from snuba.utils.metrics.timer import Timer












































































































