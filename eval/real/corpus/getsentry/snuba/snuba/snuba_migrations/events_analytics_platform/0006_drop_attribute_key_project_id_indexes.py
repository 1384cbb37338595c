from collections.abc import Sequence

from snuba.migrations import migration
from snuba.migrations.operations import SqlOperation










