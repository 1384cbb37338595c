from datetime import datetime, timedelta
from unittest import mock

from sentry_kafka_schemas.schema_types.events_v1 import EndMergeMessageBody

from snuba import settings
from snuba.clickhouse import DATETIME_FORMAT as CLICKHOUSE_DATETIME_FORMAT
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.datasets.schemas.tables import WritableTableSchema
from snuba.processor import ReplacementType
from snuba.replacers.errors_replacer import MergeReplacement, ReplacementContext
from snuba.replacers.replacer_processor import (
    ReplacementMessage,
    ReplacementMessageMetadata,
    ReplacerState,
)
from snuba.utils.schemas import FlattenedColumn


































































































