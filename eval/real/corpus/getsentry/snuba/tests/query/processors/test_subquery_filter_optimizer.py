from __future__ import annotations

import pytest

from snuba.clickhouse.columns import UUID, ColumnSet, DateTime, String, UInt
from snuba.clickhouse.columns import SchemaModifiers as Mods
from snuba.clickhouse.formatter.query import format_query
from snuba.clickhouse.query import Query
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query import OrderBy, OrderByDirection, SelectedExpression
from snuba.query.data_source.simple import Table
from snuba.query.dsl import and_cond, in_cond
from snuba.query.expressions import Column, Expression, FunctionCall, Literal
from snuba.query.processors.physical.subquery_filter_optimizer import (
    SubqueryFilterOptimizer,
)
from snuba.query.query_settings import HTTPQuerySettings







































































































































