import os
from abc import ABC, abstractmethod

from snuba.clickhouse.query import Expression
from snuba.query.expressions import ExpressionVisitor, FunctionCall
from snuba.utils.registered_class import import_submodules_in_directory













































