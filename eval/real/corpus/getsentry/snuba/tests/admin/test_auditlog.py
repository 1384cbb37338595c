from unittest.mock import Mock, PropertyMock, patch

from structlog.testing import capture_logs

from snuba.admin.audit_log.action import AuditLogAction
from snuba.admin.audit_log.base import AuditLog






















