from __future__ import annotations

import json
import logging
import textwrap
from collections import defaultdict
from collections.abc import MutableMapping
from dataclasses import replace
from math import floor
from typing import Any

import sentry_sdk
from sentry_sdk import traces

from snuba import environment
from snuba import settings as snuba_settings
from snuba.attribution.attribution_info import AttributionInfo
from snuba.clickhouse.formatter.query import format_query
from snuba.clickhouse.query import Query as ClickhouseQuery
from snuba.clickhouse.query_inspector import TablesCollector
from snuba.clusters.cluster import ClickhouseCluster
from snuba.datasets.slicing import is_storage_set_sliced
from snuba.datasets.storages.factory import get_storage
from snuba.pipeline.query_pipeline import QueryPipelineData, QueryPipelineStage
from snuba.pipeline.utils.storage_finder import StorageKeyFinder
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.simple import Table
from snuba.query.query_settings import QuerySettings
from snuba.querylog.query_metadata import (
    QueryStatus,
    SnubaQueryMetadata,
    get_request_status,
)
from snuba.reader import Reader
from snuba.settings import MAX_QUERY_SIZE_BYTES
from snuba.state.sentry_options import get_option
from snuba.utils.metrics.gauge import Gauge
from snuba.utils.metrics.timer import Timer
from snuba.utils.metrics.wrapper import MetricsWrapper
from snuba.utils.sentry import SENTRY_OP, set_tag_and_attribute
from snuba.web import (
    QueryException,
    QueryExtraData,
    QueryResult,
    QueryTooLongException,
    transform_column_names,
)
from snuba.web.db_query import db_query, update_query_metadata_and_stats
























































































































































































































































































