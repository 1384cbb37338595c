from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, wait
from threading import Barrier, Thread
from typing import Any

import pytest

from snuba.utils.metrics.backends.abstract import MetricsBackend
from snuba.utils.metrics.gauge import Gauge, ThreadSafeGauge
from snuba.utils.metrics.types import Tags
from tests.backends.metrics import Gauge as GaugeCall
from tests.backends.metrics import TestingMetricsBackend


























































