from snuba.query.expressions import Expression, FunctionCall, Literal
from snuba.query.processors.physical.type_converters import (
    BaseTypeConverter,
    ColumnTypeError,
)






















