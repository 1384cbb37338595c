from collections.abc import Sequence

from snuba.datasets.entities.storage_selectors import QueryStorageSelector
from snuba.datasets.storage import (
    EntityStorageConnection,
    EntityStorageConnectionNotFound,
    ReadableTableStorage,
    WritableTableStorage,
)
from snuba.query.logical import Query
from snuba.query.query_settings import QuerySettings
from snuba.state.sentry_options import get_option





























