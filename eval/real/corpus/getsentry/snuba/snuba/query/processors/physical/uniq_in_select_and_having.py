







import logging
from collections.abc import Sequence
from typing import Any, cast

from snuba.clickhouse.query import Query
from snuba.query.exceptions import InvalidQueryException
from snuba.query.expressions import Expression, FunctionCall, NoopVisitor
from snuba.query.matchers import FunctionCall as FunctionCallMatch
from snuba.query.matchers import Param, String
from snuba.query.processors.physical import ClickhouseQueryProcessor
from snuba.query.query_settings import QuerySettings
from snuba.state.sentry_options import get_option















































