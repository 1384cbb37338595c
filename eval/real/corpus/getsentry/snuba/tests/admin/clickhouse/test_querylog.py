from __future__ import annotations

import pytest
from sentry_options.testing import override_options

from snuba.admin.clickhouse.querylog import _MAX_CH_THREADS, _get_clickhouse_threads













