from __future__ import annotations

from dataclasses import dataclass

from snuba.attribution import AppID














