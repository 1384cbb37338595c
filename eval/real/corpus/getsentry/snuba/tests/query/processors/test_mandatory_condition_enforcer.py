from datetime import datetime

import pytest
from sentry_options.testing import override_options

from snuba.clickhouse.columns import ColumnSet
from snuba.clickhouse.query import Query
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query.conditions import (
    BooleanFunctions,
    ConditionFunctions,
    binary_condition,
    in_condition,
)
from snuba.query.data_source.simple import Table
from snuba.query.dsl import literals_array
from snuba.query.expressions import Column, Literal
from snuba.query.processors.condition_checkers.checkers import (
    OrgIdEnforcer,
    ProjectIdEnforcer,
)
from snuba.query.processors.physical.conditions_enforcer import (
    MandatoryConditionEnforcer,
)
from snuba.query.query_settings import HTTPQuerySettings
































































































































