from sentry_sdk import traces

from snuba.datasets.entities.factory import get_entity
from snuba.query.logical import EntityQuery
from snuba.query.query_settings import QuerySettings
from snuba.state import explain_meta
from snuba.utils.sentry import SENTRY_OP


















