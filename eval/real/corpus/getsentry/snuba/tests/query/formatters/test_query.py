import pytest

from snuba.clickhouse.columns import ColumnSet, UInt
from snuba.clickhouse.columns import SchemaModifiers as Modifiers
from snuba.clickhouse.query import Query as ClickhouseQuery
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query import (
    LimitBy,
    OrderBy,
    OrderByDirection,
    ProcessableQuery,
    SelectedExpression,
)
from snuba.query.composite import CompositeQuery
from snuba.query.conditions import binary_condition
from snuba.query.data_source.join import (
    IndividualNode,
    JoinClause,
    JoinCondition,
    JoinConditionExpression,
    JoinType,
)
from snuba.query.data_source.simple import Entity, Table
from snuba.query.expressions import Column, FunctionCall, Literal
from snuba.query.formatters.tracing import TExpression, format_query
from snuba.query.logical import Query as LogicalQuery
from tests.query.joins.equivalence_schema import EVENTS_SCHEMA, GROUPS_SCHEMA




































































































































































































































