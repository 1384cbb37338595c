from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pytest

from snuba.utils.schemas import (
    UUID,
    Column,
    ColumnSet,
    ColumnValidator,
    Date,
    Float,
    Int,
    InvalidColumnType,
    String,
    Tuple,
    UInt,
)









































































