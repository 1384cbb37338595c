import hashlib
import json
import logging
import time
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import TypeVar

import rapidjson
from arroyo.backends.kafka import KafkaPayload
from arroyo.processing.strategies import (
    CommitOffsets,
    ProcessingStrategy,
    ProcessingStrategyFactory,
)
from arroyo.processing.strategies.abstract import MessageRejected
from arroyo.types import BaseValue, Commit, Message, Partition

from snuba import settings
from snuba.attribution import AppID
from snuba.attribution.attribution_info import AttributionInfo
from snuba.clickhouse.errors import ClickhouseError
from snuba.clickhouse.query import Query
from snuba.clusters.cluster import ClickhouseClientSettings
from snuba.datasets.schemas.tables import TableSchema
from snuba.datasets.storage import WritableTableStorage
from snuba.datasets.storages.storage_key import StorageKey
from snuba.lw_deletions.batching import BatchStepCustom, NoBatchStep, ValuesBatch
from snuba.lw_deletions.formatters import Formatter
from snuba.lw_deletions.off_peak import OffPeakProcessingStrategy
from snuba.lw_deletions.types import ConditionsBag
from snuba.query.allocation_policies import AllocationPolicyViolations
from snuba.query.conditions import combine_and_conditions
from snuba.query.dsl import column, equals, literal
from snuba.query.expressions import Expression, FunctionCall
from snuba.query.query_settings import HTTPQuerySettings
from snuba.redis import RedisClientKey, get_redis_client
from snuba.state.sentry_options import get_mapped_option, get_option
from snuba.utils.metrics import MetricsBackend
from snuba.web import QueryException
from snuba.web.bulk_delete_query import construct_or_conditions, construct_query
from snuba.web.constants import LW_DELETE_NON_RETRYABLE_CLICKHOUSE_ERROR_CODES
from snuba.web.delete_query import (
    TooManyOngoingMutationsError,
    _execute_query,
    _num_parts_currently_mutating,
)
















































































































        from snuba.util import decode_part_str


















































































































































































































































