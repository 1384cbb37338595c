from abc import ABC, abstractmethod
from collections.abc import Mapping

from snuba.clickhouse.columns import Array, DateTime, String
from snuba.datasets.entities.factory import get_entity
from snuba.query import ProcessableQuery
from snuba.query.composite import CompositeQuery
from snuba.query.data_source import DataSource
from snuba.query.data_source.join import IndividualNode, JoinClause, JoinVisitor
from snuba.query.data_source.simple import Entity as QueryEntity
from snuba.query.data_source.visitor import DataSourceVisitor
from snuba.query.exceptions import InvalidExpressionException
from snuba.query.expressions import Expression, FunctionCall
from snuba.query.validation import FunctionCallValidator, InvalidFunctionCall
from snuba.query.validation.functions import AllowedFunctionValidator
from snuba.query.validation.signature import Any, Column, SignatureValidator







































































































































