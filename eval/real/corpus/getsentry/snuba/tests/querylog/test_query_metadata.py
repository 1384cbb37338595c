

from typing import Any

from snuba.clickhouse.error_codes import ErrorCodes
from snuba.clickhouse.errors import ClickhouseError
from snuba.querylog.query_metadata import (
    SLO,
    RequestStatus,
    get_request_status,
)
from snuba.state.rate_limit import RateLimitExceeded





































































