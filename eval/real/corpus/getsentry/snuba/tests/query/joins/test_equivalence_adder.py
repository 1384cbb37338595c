from functools import partial

import pytest

from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import override_entity_map, reset_entity_factory
from snuba.query import SelectedExpression
from snuba.query.composite import CompositeQuery
from snuba.query.conditions import (
    BooleanFunctions,
    ConditionFunctions,
    binary_condition,
    combine_and_conditions,
)
from snuba.query.data_source.join import (
    IndividualNode,
    JoinClause,
    JoinCondition,
    JoinConditionExpression,
    JoinType,
)
from snuba.query.data_source.simple import Entity as EntitySource
from snuba.query.expressions import Column, Expression, FunctionCall, Literal
from snuba.query.joins.equivalence_adder import (
    _classify_single_column_condition,
    _replace_col,
    add_equivalent_conditions,
)
from snuba.query.joins.pre_processor import QualifiedCol
from tests.query.joins.equivalence_schema import (
    EVENTS_SCHEMA,
    GROUPS_SCHEMA,
    Events,
    GroupedMessage,
)










































































































































































































































