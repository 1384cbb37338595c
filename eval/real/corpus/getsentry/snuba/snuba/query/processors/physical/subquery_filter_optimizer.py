from __future__ import annotations

from collections.abc import Sequence

from snuba.clickhouse.formatter.query import format_query
from snuba.clickhouse.query import Query
from snuba.query import SelectedExpression
from snuba.query.accessors import get_columns_in_expression
from snuba.query.conditions import (
    ConditionFunctions,
    combine_and_conditions,
    get_first_level_and_conditions,
)
from snuba.query.expressions import Column as ColumnExpr
from snuba.query.expressions import DangerousRawSQL, Expression
from snuba.query.expressions import FunctionCall as FunctionCallExpr
from snuba.query.expressions import Literal as LiteralExpr
from snuba.query.processors.physical import ClickhouseQueryProcessor
from snuba.query.query_settings import QuerySettings








































































































































