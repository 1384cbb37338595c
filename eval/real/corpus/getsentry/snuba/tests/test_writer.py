import gzip

import pytest
import rapidjson

from snuba.clickhouse.errors import ClickhouseWriterError
from snuba.clickhouse.formatter.nodes import FormattedQuery
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import enforce_table_writer, get_entity
from snuba.datasets.factory import get_dataset
from snuba.utils.metrics.backends.dummy import DummyMetricsBackend







































































