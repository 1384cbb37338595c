from typing import Any

from flask import Response

from snuba import settings
from snuba.admin.audit_log.query import audit_log
from snuba.datasets.dataset import Dataset
from snuba.datasets.factory import get_dataset
from snuba.query import ProcessableQuery
from snuba.query.composite import CompositeQuery
from snuba.query.conditions import (
    ConditionFunctions,
    get_first_level_and_conditions,
    get_first_level_or_conditions,
    is_in_condition_pattern,
)
from snuba.query.data_source.join import IndividualNode, JoinClause, JoinVisitor
from snuba.query.data_source.projects_finder import ProjectsFinder
from snuba.query.data_source.simple import LogicalDataSource
from snuba.query.data_source.visitor import DataSourceVisitor
from snuba.query.exceptions import InvalidQueryException
from snuba.query.expressions import Expression
from snuba.query.matchers import Any as AnyMatcher
from snuba.query.matchers import Column, FunctionCall, Literal, String
from snuba.query.query_settings import HTTPQuerySettings
from snuba.query.snql.parser import parse_snql_query
from snuba.request.schema import RequestSchema
from snuba.utils.metrics.timer import Timer
from snuba.web.views import dataset_query

























































































































