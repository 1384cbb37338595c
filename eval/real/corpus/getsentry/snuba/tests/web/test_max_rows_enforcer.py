from collections.abc import Callable, Generator
from datetime import datetime
from typing import Any
from unittest import mock

import pytest
from sentry_options.testing import override_options

from snuba.clickhouse.columns import ColumnSet
from snuba.clickhouse.query import Query
from snuba.core.initialize import initialize_snuba
from snuba.datasets.deletion_settings import DeletionSettings
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query.data_source.simple import Table
from snuba.query.dsl import and_cond, column, equals, literal
from snuba.query.exceptions import TooManyDeleteRowsException
from snuba.web.delete_query import _enforce_max_rows
from tests.base import BaseApiTest
from tests.web.rpc.v1.test_utils import write_eap_item





















































































