from __future__ import annotations

import logging
from enum import Enum
from typing import NamedTuple

from snuba.subscriptions.types import Interval
























