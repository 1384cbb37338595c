from __future__ import annotations

from collections.abc import Sequence

from snuba.clickhouse.escaping import escape_alias
from snuba.clickhouse.formatter.expression import (
    ClickhouseExpressionFormatter,
    ExpressionFormatterAnonymized,
    ExpressionFormatterBase,
)
from snuba.clickhouse.formatter.nodes import (
    FormattedNode,
    FormattedQuery,
    FormattedSubQuery,
    PaddingNode,
    SequenceNode,
    StringNode,
)
from snuba.clickhouse.query import Query
from snuba.query import ProcessableQuery
from snuba.query import Query as AbstractQuery
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.join import (
    IndividualNode,
    JoinClause,
    JoinType,
    JoinVisitor,
)
from snuba.query.data_source.simple import Table
from snuba.query.data_source.visitor import DataSourceVisitor
from snuba.query.expressions import Expression, ExpressionVisitor
from snuba.query.parsing import ParsingContext







































































































































































































































