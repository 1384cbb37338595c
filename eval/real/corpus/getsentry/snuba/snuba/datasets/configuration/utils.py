from __future__ import annotations

from typing import Any, TypedDict

from snuba.clickhouse.columns import (
    Array,
    Column,
    Date,
    DateTime,
    DateTime64,
    Enum,
    Float,
    Nested,
    SchemaModifiers,
    String,
    Tuple,
    UInt,
)
from snuba.query.processors.condition_checkers import ConditionChecker
from snuba.query.processors.physical import ClickhouseQueryProcessor
from snuba.utils.schemas import (
    JSON,
    UUID,
    AggregateFunction,
    Bool,
    ColumnType,
    FixedString,
    Int,
    IPv4,
    IPv6,
    Map,
    SimpleAggregateFunction,
)































































































































