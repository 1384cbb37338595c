from __future__ import annotations

from snuba.clickhouse.query import Expression
from snuba.query.conditions import ConditionFunctions, condition_pattern
from snuba.query.matchers import Any, Or, Param, Pattern, String
from snuba.query.matchers import Column as ColumnPattern
from snuba.query.matchers import FunctionCall as FunctionCallPattern
from snuba.query.matchers import Literal as LiteralPattern
from snuba.query.processors.condition_checkers import ConditionChecker














































