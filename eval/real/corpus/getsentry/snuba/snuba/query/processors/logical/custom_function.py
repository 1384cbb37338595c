from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from sentry_relay.consts import SPAN_STATUS_NAME_TO_CODE

from snuba.clickhouse.columns import UInt
from snuba.query.exceptions import InvalidExpressionException
from snuba.query.expressions import Column, Expression, FunctionCall, Literal
from snuba.query.logical import Query
from snuba.query.parser.expressions import parse_clickhouse_function
from snuba.query.processors.logical import (
    LogicalQueryProcessor,
    ProcessorUnsupportedFromConfig,
)
from snuba.query.query_settings import QuerySettings
from snuba.query.validation import InvalidFunctionCall
from snuba.query.validation.signature import Column as ColType
from snuba.query.validation.signature import Literal as LiteralType
from snuba.query.validation.signature import ParamType, SignatureValidator

























































































































































