from typing import Any

import pytest
from fastjsonschema.exceptions import JsonSchemaValueException

from snuba.clickhouse.translators.snuba.mappers import (
    ColumnToColumn,
    ColumnToFunction,
    ColumnToIPAddress,
    ColumnToMapping,
    ColumnToNullIf,
)
from snuba.datasets.configuration.entity_builder import build_entity_from_config
from snuba.query.expressions import Column, FunctionCall, Literal
from snuba.utils.schemas import FixedString
from tests.datasets.configuration.utils import ConfigurationTest









































































































