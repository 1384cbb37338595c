import importlib

import pytest
from structlog.testing import capture_logs

import snuba.admin.audit_log.query
from snuba.admin.audit_log.query import QueryExecutionStatus, audit_log
from snuba.clickhouse.pool import ClickhouseResult






































