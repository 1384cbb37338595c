from snuba.query.expressions import Expression, FunctionCall
from snuba.query.logical import Query
from snuba.query.matchers import Column as ColumnMatch
from snuba.query.matchers import FunctionCall as FunctionCallMatch
from snuba.query.matchers import Or, String
from snuba.query.processors.logical import LogicalQueryProcessor
from snuba.query.query_settings import QuerySettings










































