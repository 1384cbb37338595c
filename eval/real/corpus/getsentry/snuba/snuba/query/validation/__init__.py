from abc import ABC, abstractmethod
from collections.abc import Sequence

from snuba.query.data_source import DataSource
from snuba.query.expressions import Expression
from snuba.utils.serializable_exception import SerializableException


















