from collections.abc import Sequence
from datetime import datetime
from typing import cast

from snuba.query import FromClauseNotSet, ProcessableQuery
from snuba.query import Query as AbstractQuery
from snuba.query.conditions import (
    OPERATOR_TO_FUNCTION,
    BooleanFunctions,
    ConditionFunctions,
    get_first_level_and_conditions,
    is_in_condition_pattern,
)
from snuba.query.data_source.simple import LogicalDataSource, SimpleDataSource, Table
from snuba.query.expressions import Expression
from snuba.query.expressions import FunctionCall as FunctionCallExpr
from snuba.query.expressions import Literal as LiteralExpr
from snuba.query.matchers import (
    Any,
    AnyExpression,
    Column,
    FunctionCall,
    Literal,
    Or,
    Param,
    String,
)





































































































































































