from datetime import datetime

import pytest

from snuba.clickhouse.query_dsl.accessors import get_time_range
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.datasets.factory import get_dataset
from snuba.datasets.plans.translator.query import identity_translate
from snuba.query.logical import Query
from snuba.query.processors.logical.timeseries_processor import TimeSeriesProcessor
from snuba.query.query_settings import HTTPQuerySettings
from snuba.query.snql.parser import parse_snql_query





































