from collections.abc import Iterable

from snuba.query.expressions import (
    Argument,
    Column,
    ColumnVisitor,
    CurriedFunctionCall,
    DangerousRawSQL,
    Expression,
    ExpressionVisitor,
    FunctionCall,
    Lambda,
    Literal,
    SubscriptableReference,
)




























































































































