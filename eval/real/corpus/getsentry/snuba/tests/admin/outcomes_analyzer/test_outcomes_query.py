from unittest import mock

import pytest

from snuba.admin.clickhouse.common import InvalidCustomQuery, format_predefined_sql
from snuba.admin.clickhouse.predefined_outcomes_queries import OutcomesQuery
from snuba.admin.outcomes_analyzer.outcomes_analyzer import (
    _allowed_tables,
    _stringify_result,
    run_outcomes_query,
)
from snuba.clickhouse.pool import ClickhouseResult




















































































