import logging
import time
from collections.abc import Mapping, MutableMapping, Sequence
from threading import Thread
from typing import Any, TypedDict

import rapidjson
from confluent_kafka import KafkaError, Producer
from confluent_kafka import Message as KafkaMessage

from snuba import environment, settings
from snuba.attribution.attribution_info import AttributionInfo
from snuba.clickhouse.columns import ColumnSet
from snuba.clickhouse.query import Query
from snuba.clusters.cluster import UndefinedClickhouseCluster, get_cluster
from snuba.clusters.storage_sets import StorageSetKey
from snuba.datasets.deletion_settings import DeletionSettings, get_trace_item_type_name
from snuba.datasets.schemas.tables import TableSchema
from snuba.datasets.storage import WritableTableStorage
from snuba.datasets.storages.factory import get_config_built_storages
from snuba.datasets.storages.storage_key import StorageKey
from snuba.lw_deletions.types import AttributeConditions, ConditionsBag, ConditionsType
from snuba.query.conditions import combine_or_conditions
from snuba.query.data_source.simple import Table
from snuba.query.dsl import literal
from snuba.query.exceptions import InvalidQueryException, NoRowsToDeleteException
from snuba.query.expressions import Expression
from snuba.reader import Result
from snuba.state.sentry_options import get_mapped_option, get_option
from snuba.utils.metrics.util import with_span
from snuba.utils.metrics.wrapper import MetricsWrapper
from snuba.utils.schemas import ColumnValidator, InvalidColumnType
from snuba.utils.streams.configuration_builder import build_kafka_producer_configuration
from snuba.utils.streams.topics import Topic
from snuba.web.delete_query import (
    DeletesNotEnabledError,
    _construct_condition,
    _enforce_max_rows,
    _get_attribution_info,
    deletes_are_enabled,
)

















































































































































































































































































































































