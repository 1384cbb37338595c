from snuba.clickhouse.columns import Column
from snuba.datasets.entities.entity_data_model import EntityColumnSet
from snuba.utils.schemas import (
    FixedString,
    FlattenedColumn,
    String,
    UInt,
    WildcardColumn,
)






























