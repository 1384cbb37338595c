from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass

import simplejson as json

from snuba import environment
from snuba.environment import setup_logging
from snuba.utils.metrics.wrapper import MetricsWrapper






























