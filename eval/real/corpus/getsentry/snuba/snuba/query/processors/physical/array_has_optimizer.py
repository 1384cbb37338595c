from collections.abc import Sequence

from snuba.clickhouse.query import Query
from snuba.query.expressions import Expression
from snuba.query.matchers import (
    Any,
    Column,
    FunctionCall,
    Integer,
    Literal,
    Or,
    Param,
    String,
)
from snuba.query.processors.physical import ClickhouseQueryProcessor
from snuba.query.query_settings import QuerySettings










































