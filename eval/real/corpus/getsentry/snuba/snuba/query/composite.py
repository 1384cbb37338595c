from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Generic, cast

from snuba.query import (
    LimitBy,
    OrderBy,
    ProcessableQuery,
    Query,
    SelectedExpression,
    TSimpleDataSource,
)
from snuba.query.data_source.join import JoinClause
from snuba.query.data_source.simple import SimpleDataSource
from snuba.query.expressions import Expression, ExpressionVisitor

















































        from snuba.query.formatters.tracing import format_query























































