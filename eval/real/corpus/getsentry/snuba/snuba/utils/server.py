from __future__ import annotations

from granian import Granian
from granian.constants import Interfaces






























