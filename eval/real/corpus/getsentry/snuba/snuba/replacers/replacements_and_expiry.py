from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from snuba import environment
from snuba.redis import RedisClientKey, get_redis_client
from snuba.state.sentry_options import get_option
from snuba.utils.metrics.wrapper import MetricsWrapper

















































































