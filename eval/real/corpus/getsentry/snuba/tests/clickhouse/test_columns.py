from copy import deepcopy
from typing import cast

import pytest

from snuba.clickhouse.columns import (
    UUID,
    AggregateFunction,
    Array,
    Bool,
    Column,
    ColumnType,
    Date,
    DateTime,
    DateTime64,
    Enum,
    FixedString,
    Float,
    IPv4,
    IPv6,
    Map,
    Nested,
    ReadOnly,
    SimpleAggregateFunction,
    String,
    UInt,
)
from snuba.clickhouse.columns import SchemaModifiers as Modifier
from snuba.utils.schemas import JSON












































































































































































































