import pytest

from snuba.clickhouse.columns import ColumnSet
from snuba.clickhouse.formatter.expression import ClickhouseExpressionFormatter
from snuba.clickhouse.query import Query
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query import SelectedExpression
from snuba.query.conditions import ConditionFunctions, binary_condition
from snuba.query.data_source.simple import Table
from snuba.query.dsl import Functions as f
from snuba.query.dsl import column, if_cond, literal
from snuba.query.expressions import Column, Expression, FunctionCall, Literal
from snuba.query.processors.physical.hexint_column_processor import (
    HexIntColumnProcessor,
)
from snuba.query.query_settings import HTTPQuerySettings




















































































