from __future__ import annotations

import threading
from unittest.mock import patch

from arroyo.utils.stuck_detector import get_all_thread_stacks, stuck_detector








































