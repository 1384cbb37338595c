from __future__ import annotations

from collections.abc import Sequence

from snuba.utils.schemas import (
    JSON,
    UUID,
    AggregateFunction,
    Any,
    Array,
    Bool,
    Column,
    ColumnType,
    Date,
    DateTime,
    DateTime64,
    Enum,
    FixedString,
    FlattenedColumn,
    Float,
    Int,
    IPv4,
    IPv6,
    Map,
    Nested,
    Nullable,
    ReadOnly,
    SchemaModifiers,
    SimpleAggregateFunction,
    String,
    TModifiers,
    Tuple,
    TypeModifier,
    TypeModifiers,
    UInt,
    WildcardColumn,
)
from snuba.utils.schemas import ColumnSet as BaseColumnSet



































































