import logging
from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import date, datetime

from snuba.clickhouse.columns import (
    UUID,
    Array,
    Date,
    DateTime,
    FixedString,
    Float,
    IPv4,
    IPv6,
    Nullable,
    String,
    TypeModifiers,
    UInt,
)
from snuba.query.data_source import DataSource
from snuba.query.expressions import Expression
from snuba.query.expressions import Literal as LiteralType
from snuba.query.matchers import Any as AnyMatcher
from snuba.query.matchers import Column as ColumnMatcher
from snuba.query.matchers import Param
from snuba.query.validation import FunctionCallValidator, InvalidFunctionCall
from snuba.utils.schemas import ColumnSet


































































































































































