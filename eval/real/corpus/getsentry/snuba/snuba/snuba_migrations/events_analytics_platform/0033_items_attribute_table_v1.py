from __future__ import annotations

from collections.abc import Sequence

from snuba.clusters.storage_sets import StorageSetKey
from snuba.migrations import migration
from snuba.migrations.operations import SqlOperation
















