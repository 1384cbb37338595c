from __future__ import annotations

from typing import Any

from sentry_sdk import traces
from yaml import safe_load

from snuba import settings
from snuba.utils.sentry import SENTRY_OP


















