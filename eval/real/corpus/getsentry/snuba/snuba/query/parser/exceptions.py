from snuba.query.composite import CompositeQuery
from snuba.query.data_source.simple import LogicalDataSource
from snuba.query.exceptions import InvalidQueryException, ValidationException
from snuba.query.logical import Query



























