import logging
from collections.abc import Sequence

from snuba.clickhouse.query import Expression, Query
from snuba.query.conditions import get_first_level_and_conditions
from snuba.query.processors.condition_checkers import ConditionChecker
from snuba.query.processors.physical import ClickhouseQueryProcessor
from snuba.query.query_settings import QuerySettings
from snuba.state.sentry_options import get_option


















































