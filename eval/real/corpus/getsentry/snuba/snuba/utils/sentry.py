from __future__ import annotations

from typing import Any

import sentry_sdk









