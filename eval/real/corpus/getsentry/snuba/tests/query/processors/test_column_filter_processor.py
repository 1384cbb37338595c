import pytest

from snuba.clickhouse.columns import ColumnSet
from snuba.clickhouse.query import Query
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query.conditions import BooleanFunctions, binary_condition
from snuba.query.data_source.simple import Table
from snuba.query.exceptions import InvalidQueryException
from snuba.query.expressions import Column, Literal
from snuba.query.processors.physical.column_filter_processor import (
    ColumnFilterProcessor,
)
from snuba.query.query_settings import HTTPQuerySettings












































