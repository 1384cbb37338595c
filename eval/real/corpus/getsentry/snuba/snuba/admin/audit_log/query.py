from __future__ import annotations

from collections.abc import Callable, MutableMapping
from datetime import UTC, datetime
from enum import Enum
from functools import partial, wraps
from typing import Any, TypeVar

from snuba.admin.audit_log.action import AuditLogAction
from snuba.admin.audit_log.base import AuditLog
















































