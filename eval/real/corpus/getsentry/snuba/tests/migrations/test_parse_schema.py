import pytest

from snuba.clickhouse.columns import (
    JSON,
    UUID,
    AggregateFunction,
    Array,
    Bool,
    ColumnType,
    Date,
    DateTime,
    DateTime64,
    Enum,
    FixedString,
    Float,
    Int,
    IPv4,
    IPv6,
    Map,
    String,
    UInt,
)
from snuba.clickhouse.columns import Tuple as TupleCol
from snuba.migrations.columns import MigrationModifiers as Modifiers
from snuba.migrations.parse_schema import _get_column














































































































































