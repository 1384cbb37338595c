import json
from typing import cast

import structlog

from snuba.admin.clickhouse.common import get_ro_query_node_connection
from snuba.admin.clickhouse.tracing import TraceOutput, poll_system_query, system_log_source
from snuba.clickhouse.escaping import escape_string
from snuba.clickhouse.pool import ClickhouseResult
from snuba.clusters.cluster import ClickhouseClientSettings













































































