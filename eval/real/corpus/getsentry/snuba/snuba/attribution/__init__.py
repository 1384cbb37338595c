from __future__ import annotations

import logging
from datetime import datetime

from snuba import environment
from snuba.utils.metrics.wrapper import MetricsWrapper

from .appid import AppID















