from collections.abc import Callable, Sequence

from snuba.clickhouse.query import Query as ClickhouseQuery
from snuba.query import LimitBy, OrderBy, SelectedExpression
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.simple import Entity
from snuba.query.expressions import (
    Argument,
    Column,
    CurriedFunctionCall,
    DangerousRawSQL,
    Expression,
    ExpressionVisitor,
    FunctionCall,
    Lambda,
    Literal,
    SubscriptableReference,
)
from snuba.query.logical import Query as LogicalQuery
from snuba.query.matchers import FunctionCall as FunctionCallMatch
from snuba.query.matchers import Pattern
from snuba.query.matchers import String as StringMatch
from snuba.query.matchers import SubscriptableReference as SubscriptableReferenceMatch









































































        Functions as f,
        NestedColumn,
    )

























































































































































