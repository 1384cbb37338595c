from __future__ import annotations

from typing import Any

from snuba.datasets.dataset import Dataset
from snuba.datasets.entities.entity_key import EntityKey
























