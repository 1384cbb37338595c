from __future__ import annotations

from sentry_sdk import traces

from snuba.datasets.entities.factory import get_entity
from snuba.query import Query
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.join import JoinClause
from snuba.query.data_source.simple import Entity as QueryEntity
from snuba.query.exceptions import InvalidQueryException, ValidationException
from snuba.query.logical import EntityQuery
from snuba.query.parser.validation.functions import FunctionCallsValidator
from snuba.query.query_settings import QuerySettings
from snuba.state import explain_meta
from snuba.utils.sentry import SENTRY_OP




































































