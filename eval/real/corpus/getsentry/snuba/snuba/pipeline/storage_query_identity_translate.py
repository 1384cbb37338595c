from __future__ import annotations

from snuba.clickhouse.query import Query as ClickhouseQuery
from snuba.datasets.plans.storage_processing import get_query_data_source
from snuba.datasets.plans.translator.query import identity_translate
from snuba.datasets.storages.factory import get_storage
from snuba.query import ProcessableQuery
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.join import IndividualNode, JoinClause, JoinVisitor
from snuba.query.data_source.simple import Entity, LogicalDataSource, Storage, Table
from snuba.query.data_source.visitor import DataSourceVisitor
from snuba.query.exceptions import InvalidQueryException
from snuba.query.logical import Query as LogicalQuery














































































































