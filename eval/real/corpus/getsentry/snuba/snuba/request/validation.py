from __future__ import annotations

import random
import textwrap
import uuid
from collections.abc import MutableMapping
from typing import Any, Protocol

import sentry_sdk
from sentry_sdk import traces

from snuba import environment, settings
from snuba.attribution import get_app_id
from snuba.attribution.attribution_info import AttributionInfo
from snuba.clickhouse.query_dsl.accessors import get_object_ids_in_query_ast
from snuba.datasets.dataset import Dataset
from snuba.datasets.factory import get_dataset_name
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.simple import LogicalDataSource
from snuba.query.exceptions import InvalidQueryException
from snuba.query.logical import Query
from snuba.query.mql.parser import parse_mql_query as _parse_mql_query
from snuba.query.query_settings import (
    HTTPQuerySettings,
    QuerySettings,
    SubscriptionQuerySettings,
)
from snuba.query.snql.parser import CustomProcessors
from snuba.query.snql.parser import parse_snql_query as _parse_snql_query
from snuba.querylog import record_error_building_request, record_invalid_request
from snuba.querylog.query_metadata import get_request_status
from snuba.request import Request
from snuba.request.exceptions import InvalidJsonRequestException
from snuba.request.schema import RequestParts, RequestSchema
from snuba.state.sentry_options import get_mapped_option, get_option
from snuba.utils.metrics.timer import Timer
from snuba.utils.metrics.wrapper import MetricsWrapper
from snuba.utils.sentry import SENTRY_OP, set_tag_and_attribute
























































































































































































































