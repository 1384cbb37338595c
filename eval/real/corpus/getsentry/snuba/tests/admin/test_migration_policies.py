from collections.abc import Sequence

import pytest

from snuba.admin.auth_roles import (
    ExecuteAllAction,
    ExecuteNonBlockingAction,
    ExecuteNoneAction,
    MigrationResource,
    Role,
)
from snuba.admin.migrations_policies import get_migration_group_policies
from snuba.admin.user import AdminUser
from snuba.migrations.policies import (
    AllMigrationsPolicy,
    MigrationPolicy,
    NoMigrationsPolicy,
    NonBlockingMigrationsPolicy,
)





































