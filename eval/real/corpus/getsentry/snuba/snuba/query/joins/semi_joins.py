from snuba.query import ProcessableQuery
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.join import (
    IndividualNode,
    JoinClause,
    JoinModifier,
    JoinNode,
    JoinType,
    JoinVisitor,
)
from snuba.query.data_source.simple import Table
from snuba.query.expressions import Column
from snuba.query.processors.physical import CompositeQueryProcessor
from snuba.query.query_settings import QuerySettings








































































