from collections import defaultdict
from collections.abc import Sequence

from snuba.clickhouse.query import Query
from snuba.query.conditions import combine_and_conditions, combine_or_conditions
from snuba.query.expressions import Column as ColumnExpr
from snuba.query.expressions import Expression
from snuba.query.expressions import FunctionCall as FunctionCallExpr
from snuba.query.expressions import Literal as LiteralExpr
from snuba.query.processors.physical.abstract_array_join_optimizer import (
    AbstractArrayJoinOptimizer,
)
from snuba.query.query_settings import QuerySettings






















































