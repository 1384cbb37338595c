from snuba.clickhouse.query import Query
from snuba.query.conditions import combine_and_conditions
from snuba.query.processors.physical import ClickhouseQueryProcessor
from snuba.query.query_settings import QuerySettings













