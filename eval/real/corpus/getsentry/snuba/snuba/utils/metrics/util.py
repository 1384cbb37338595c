from __future__ import annotations

import _strptime  # NOQA fixes _strptime deferred import issue
import inspect
from collections.abc import Callable, Mapping
from functools import wraps
from typing import Any, TypeVar, cast

from sentry_sdk import traces

from snuba import settings
from snuba.utils.metrics import MetricsBackend
from snuba.utils.metrics.types import Tags
from snuba.utils.sentry import SENTRY_OP















        from snuba.utils.metrics.backends.testing import TestingMetricsBackend






        from snuba.utils.metrics.backends.dummy import DummyMetricsBackend



    from datadog import DogStatsd  # type: ignore[attr-defined]  # datadog lacks explicit re-export

    from snuba.utils.metrics.backends.datadog import DatadogMetricsBackend
    from snuba.utils.metrics.backends.dualwrite import SentryDatadogMetricsBackend
    from snuba.utils.metrics.backends.sentry import SentryMetricsBackend




















































