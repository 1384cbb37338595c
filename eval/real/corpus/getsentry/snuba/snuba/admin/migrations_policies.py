from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, MutableMapping
from functools import wraps
from typing import Any

from flask import Response, g, jsonify, make_response, request

from snuba.admin.auth_roles import (
    ExecuteAllAction,
    ExecuteNonBlockingAction,
    ExecuteNoneAction,
    MigrationAction,
)
from snuba.admin.user import AdminUser
from snuba.migrations.groups import MigrationGroup
from snuba.migrations.policies import MigrationPolicy
from snuba.migrations.runner import MigrationKey, get_active_migration_groups









































































