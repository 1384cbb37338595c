from collections.abc import Mapping
from typing import cast

import pytest

from snuba.query import SelectedExpression
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.join import (
    JoinClause,
    JoinCondition,
    JoinConditionExpression,
    JoinModifier,
    JoinType,
)
from snuba.query.data_source.simple import Table
from snuba.query.expressions import Column
from snuba.query.joins.semi_joins import SemiJoinOptimizer
from snuba.query.query_settings import HTTPQuerySettings
from tests.query.joins.join_structures import (
    clickhouse_assignees_node,
    clickhouse_events_node,
    clickhouse_groups_node,
    events_groups_join,
)








































































































































































































