from __future__ import annotations

import logging
import os
import time
from typing import Any

import click
import structlog
from sentry_sdk import traces

from snuba.core import initialize
from snuba.environment import metrics as environment_metrics
from snuba.environment import setup_logging, setup_sentry
from snuba.utils.metrics.wrapper import MetricsWrapper
from snuba.utils.sentry import SENTRY_OP









































































