import logging

from snuba import environment
from snuba.clickhouse.columns import (
    UUID,
    Array,
    ColumnSet,
    DateTime,
    FixedString,
    Float,
    Nested,
    String,
    UInt,
)
from snuba.clickhouse.columns import SchemaModifiers as Modifiers
from snuba.datasets.entities.entity_key import EntityKey
from snuba.query.conditions import (
    BINARY_OPERATORS,
    ConditionFunctions,
    get_first_level_and_conditions,
)
from snuba.query.expressions import Column, Literal
from snuba.query.logical import Query
from snuba.query.matchers import Column as ColumnMatch
from snuba.query.matchers import FunctionCall as FunctionCallMatch
from snuba.query.matchers import Literal as LiteralMatch
from snuba.query.matchers import Or, Param
from snuba.query.matchers import String as StringMatch
from snuba.query.subscripts import subscript_key_column_name
from snuba.utils.metrics.wrapper import MetricsWrapper
from snuba.utils.schemas import DateTime64








































































































































































































































































