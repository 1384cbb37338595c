from abc import ABC, abstractmethod
from typing import Generic, TypeVar

from snuba.query import ProcessableQuery, TSimpleDataSource
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.join import JoinClause
















































