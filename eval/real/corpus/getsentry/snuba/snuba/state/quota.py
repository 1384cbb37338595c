from __future__ import annotations

from dataclasses import dataclass











