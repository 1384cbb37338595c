from __future__ import annotations

from snuba.datasets.storage import ReadableTableStorage, WritableTableStorage
from snuba.migrations.groups import get_group_readiness_state_from_storage_set






























