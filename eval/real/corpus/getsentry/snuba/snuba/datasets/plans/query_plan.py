from __future__ import annotations

from abc import ABC
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, NamedTuple, TypeVar

from snuba.clickhouse.query import Query
from snuba.clickhouse.query import Query as ClickhouseQuery
from snuba.clusters.storage_sets import StorageSetKey
from snuba.query import ProcessableQuery
from snuba.query import Query as AbstractQuery
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.join import JoinClause
from snuba.query.data_source.simple import Table
from snuba.query.processors.physical import ClickhouseQueryProcessor














































































































