from __future__ import annotations

import random

from snuba import settings
from snuba.utils.metrics.backends.abstract import MetricsBackend
from snuba.utils.metrics.backends.datadog import DatadogMetricsBackend
from snuba.utils.metrics.backends.sentry import SentryMetricsBackend
from snuba.utils.metrics.types import Tags
















        from snuba.state.sentry_options import get_option






























































