from collections.abc import Sequence

import pytest

from snuba.clickhouse.columns import ColumnSet, DateTime, String
from snuba.clickhouse.columns import SchemaModifiers as Modifiers
from snuba.datasets.entities.entity_key import EntityKey
from snuba.query.data_source.simple import Entity as QueryEntity
from snuba.query.expressions import Column as ColumnExpr
from snuba.query.expressions import Expression
from snuba.query.expressions import Literal as LiteralExpr
from snuba.query.validation import InvalidFunctionCall
from snuba.query.validation.signature import (
    Any,
    Column,
    Literal,
    ParamType,
    SignatureValidator,
)


























































































































