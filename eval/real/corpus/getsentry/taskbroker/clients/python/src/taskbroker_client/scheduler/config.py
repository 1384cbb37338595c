from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import timedelta
from typing import TypedDict

































