from collections.abc import Mapping, MutableMapping
from datetime import UTC, datetime
from typing import Any

import structlog

from snuba import settings
from snuba.admin.audit_log.action import AuditLogAction
from snuba.admin.notifications.slack.client import SlackClient
from snuba.admin.notifications.slack.utils import build_blocks































