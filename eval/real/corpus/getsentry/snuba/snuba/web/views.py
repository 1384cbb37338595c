from __future__ import annotations

import atexit
import functools
import logging
import time
from collections.abc import Callable, Mapping, MutableMapping, MutableSequence, Sequence
from datetime import datetime
from typing import (
    Any,
)
from uuid import UUID

import jsonschema
import sentry_sdk
import simplejson as json
from arroyo.backends.kafka import KafkaPayload
from arroyo.types import BrokerValue, Message, Partition, Topic
from flask import (
    Flask,
    Request,
    Response,
    jsonify,
    make_response,
    redirect,
    render_template,
)
from flask import request as http_request
from flask_compress import Compress
from sentry_protos.snuba.v1.error_pb2 import Error as ErrorProto
from sentry_sdk import traces
from werkzeug import Response as WerkzeugResponse
from werkzeug.exceptions import InternalServerError

from snuba import settings, util
from snuba.clickhouse.errors import ClickhouseError
from snuba.clickhouse.http import JSONRowEncoder
from snuba.clusters.cluster import ClickhouseClientSettings
from snuba.cogs.accountant import close_cogs_recorder
from snuba.consumers.types import KafkaMessageMetadata
from snuba.datasets.dataset import Dataset
from snuba.datasets.entities.factory import get_entity_name
from snuba.datasets.entity import Entity
from snuba.datasets.entity_subscriptions.validators import InvalidSubscriptionError
from snuba.datasets.factory import InvalidDatasetError, get_dataset_name
from snuba.datasets.schemas.tables import TableSchema
from snuba.datasets.storage import StorageNotAvailable, WritableTableStorage
from snuba.query.allocation_policies import AllocationPolicyViolations
from snuba.query.exceptions import (
    InvalidQueryException,
    QueryPlanException,
    TooManyDeleteRowsException,
)
from snuba.query.query_settings import HTTPQuerySettings
from snuba.redis import all_redis_clients
from snuba.request.exceptions import InvalidJsonRequestException, JsonDecodeException
from snuba.request.schema import RequestSchema
from snuba.state.rate_limit import RateLimitExceeded
from snuba.subscriptions.codecs import SubscriptionDataCodec
from snuba.subscriptions.data import PartitionId
from snuba.subscriptions.subscription import SubscriptionCreator, SubscriptionDeleter
from snuba.utils.health_info import (
    get_health_info,
    metrics,
)
from snuba.utils.metrics.timer import Timer
from snuba.utils.metrics.util import with_span
from snuba.utils.sentry import SENTRY_OP, set_tag_and_attribute
from snuba.web import QueryException, QueryTooLongException
from snuba.web.bulk_delete_query import delete_from_storage as bulk_delete_from_storage
from snuba.web.constants import get_http_status_for_clickhouse_error
from snuba.web.converters import DatasetConverter, EntityConverter, StorageConverter
from snuba.web.delete_query import DeletesNotEnabledError, TooManyOngoingMutationsError
from snuba.web.query import parse_and_run_query
from snuba.web.rpc import run_rpc_handler
from snuba.writer import BatchWriterEncoderWrapper, WriterTableRow







































































































































































































































































































































































































































































































    from snuba.datasets.entity import Entity as EntityType
    from snuba.web.converters import EntityConverter







        from snuba.processor import InsertBatch





































































                from snuba.consumers.consumer import build_batch_writer, process_message
                from snuba.consumers.strategy_factory import (
                    KafkaConsumerStrategyFactory,
                )






























                from snuba.replacer import ReplacerWorker



























