from collections.abc import Mapping
from datetime import datetime, timedelta
from unittest.mock import Mock, patch

import pytest

from snuba.datasets.readiness_state import ReadinessState
from snuba.migrations.groups import MigrationGroup
from snuba.migrations.policies import (
    AllMigrationsPolicy,
    MigrationPolicy,
    NoMigrationsPolicy,
    NonBlockingMigrationsPolicy,
)
from snuba.migrations.runner import MigrationKey
from snuba.migrations.status import Status
from snuba.settings import MAX_MIGRATIONS_REVERT_TIME_WINDOW_HRS

































































































































