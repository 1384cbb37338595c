import os
from abc import ABC, abstractmethod
from typing import cast

from snuba.clickhouse.query import Query
from snuba.query.composite import CompositeQuery
from snuba.query.data_source.simple import Table
from snuba.query.query_settings import QuerySettings
from snuba.utils.registered_class import RegisteredClass, import_submodules_in_directory






















































