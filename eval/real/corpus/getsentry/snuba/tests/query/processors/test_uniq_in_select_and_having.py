from copy import deepcopy

import pytest
from sentry_options.testing import override_options

from snuba.clickhouse.query import Query as ClickhouseQuery
from snuba.query.expressions import Column, FunctionCall, Literal
from snuba.query.processors.physical.uniq_in_select_and_having import (
    MismatchedAggregationException,
    UniqInSelectAndHavingProcessor,
)
from snuba.query.query_settings import HTTPQuerySettings
from tests.query.processors.query_builders import build_query




















































































