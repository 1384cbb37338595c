from collections.abc import MutableMapping
from typing import Any

import pytest
from sentry_options.testing import override_options

from snuba.clickhouse.columns import ColumnSet, DateTime, String
from snuba.clickhouse.columns import SchemaModifiers as Modifiers
from snuba.clickhouse.query import Query
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query import SelectedExpression
from snuba.query.data_source.simple import Table
from snuba.query.expressions import Column, FunctionCall
from snuba.query.processors.physical.clickhouse_settings_override import (
    ClickhouseSettingsOverride,
)
from snuba.query.query_settings import HTTPQuerySettings



































































































































