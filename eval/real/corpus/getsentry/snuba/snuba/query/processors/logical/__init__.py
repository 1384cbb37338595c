import os
from abc import ABC, abstractmethod
from typing import cast

from snuba.query.logical import Query
from snuba.query.query_settings import QuerySettings
from snuba.utils.registered_class import RegisteredClass, import_submodules_in_directory



















































