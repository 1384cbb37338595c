from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from snuba.attribution.attribution_info import AttributionInfo
from snuba.query import ProcessableQuery
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.simple import LogicalDataSource, Table
from snuba.query.logical import Query
from snuba.query.query_settings import QuerySettings





















