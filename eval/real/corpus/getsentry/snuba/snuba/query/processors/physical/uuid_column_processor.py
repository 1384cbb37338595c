import uuid

from snuba.query.expressions import Column, Expression, FunctionCall, Literal
from snuba.query.processors.physical.type_converters import (
    BaseTypeConverter,
    ColumnTypeError,
)































