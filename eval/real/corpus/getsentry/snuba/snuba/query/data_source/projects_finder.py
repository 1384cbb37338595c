from snuba.clickhouse.query_dsl.accessors import (
    get_object_ids_in_condition,
    get_object_ids_in_query_ast,
)
from snuba.query import ProcessableQuery
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.join import IndividualNode, JoinClause, JoinVisitor
from snuba.query.data_source.simple import LogicalDataSource
from snuba.query.data_source.visitor import DataSourceVisitor


































