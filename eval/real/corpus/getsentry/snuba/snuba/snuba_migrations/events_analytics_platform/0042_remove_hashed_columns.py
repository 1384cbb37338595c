from collections.abc import Sequence
from typing import Any

from snuba.clusters.storage_sets import StorageSetKey
from snuba.migrations import migration, operations
from snuba.migrations.columns import MigrationModifiers as Modifiers
from snuba.migrations.operations import OperationTarget
from snuba.utils.schemas import (
    UUID,
    Array,
    Bool,
    Column,
    DateTime,
    Float,
    Int,
    Map,
    String,
    UInt,
)













































































































































