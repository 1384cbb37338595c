from unittest.mock import Mock

import pytest

from snuba.clickhouse.http import HTTPWriteBatch, InsertStatement, ValuesRowEncoder
from snuba.query.expressions import FunctionCall, Literal
from snuba.utils.metrics.backends.dummy import DummyMetricsBackend



















































