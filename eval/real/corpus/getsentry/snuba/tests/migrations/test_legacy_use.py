from collections.abc import Mapping

import pytest

from snuba.migrations import migration
from snuba.migrations.groups import MigrationGroup, get_group_loader





































