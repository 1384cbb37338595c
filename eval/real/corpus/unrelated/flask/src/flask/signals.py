from __future__ import annotations

from blinker import Namespace














