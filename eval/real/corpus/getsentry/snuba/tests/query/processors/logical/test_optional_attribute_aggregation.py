from copy import deepcopy

import pytest

from snuba.clickhouse.columns import ColumnSet
from snuba.datasets.entities.entity_key import EntityKey
from snuba.query import SelectedExpression
from snuba.query.data_source.simple import Entity as QueryEntity
from snuba.query.dsl import CurriedFunctions as cf
from snuba.query.dsl import Functions as f
from snuba.query.dsl import NestedColumn, column
from snuba.query.logical import Query
from snuba.query.processors.logical.optional_attribute_aggregation import (
    OptionalAttributeAggregationTransformer,
)
from snuba.query.query_settings import HTTPQuerySettings


























































































