import pytest

from snuba.clickhouse.columns import UUID, ColumnSet, String, UInt
from snuba.clickhouse.query import Query as ClickhouseQuery
from snuba.clickhouse.query_inspector import TablesCollector
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query import SelectedExpression
from snuba.query.composite import CompositeQuery
from snuba.query.conditions import ConditionFunctions, binary_condition
from snuba.query.data_source.join import (
    IndividualNode,
    JoinClause,
    JoinCondition,
    JoinConditionExpression,
    JoinType,
)
from snuba.query.data_source.simple import Table
from snuba.query.expressions import Column, FunctionCall, Literal































































































































