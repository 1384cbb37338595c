from __future__ import annotations

import threading
from unittest.mock import MagicMock, patch

from snuba.utils.metrics.backends.dualwrite import SentryDatadogMetricsBackend
from snuba.utils.metrics.backends.dummy import DummyMetricsBackend
from snuba.utils.metrics.util import create_metrics


























































