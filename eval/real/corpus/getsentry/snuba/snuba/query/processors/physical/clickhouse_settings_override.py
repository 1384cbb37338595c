from collections.abc import MutableMapping
from typing import Any

from snuba.clickhouse.query import Query
from snuba.query.processors.physical import ClickhouseQueryProcessor
from snuba.query.query_settings import QuerySettings
from snuba.state.sentry_options import get_option












































