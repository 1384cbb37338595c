from snuba.query.exceptions import InvalidExpressionException
from snuba.query.expressions import Expression, Literal, SubscriptableReference
from snuba.query.logical import Query
from snuba.query.processors.logical import LogicalQueryProcessor
from snuba.query.query_settings import QuerySettings























