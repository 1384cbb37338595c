from dataclasses import replace

from snuba.datasets.entities.entity_data_model import EntityColumnSet
from snuba.datasets.entities.entity_key import EntityKey
from snuba.query.data_source.simple import Entity as QueryEntity
from snuba.query.dsl import Functions as f
from snuba.query.dsl import NestedColumn, column, literal
from snuba.query.logical import Query
from snuba.query.processors.logical.low_cardinality_processor import (
    LowCardinalityProcessor,
)
from snuba.query.query_settings import HTTPQuerySettings







































