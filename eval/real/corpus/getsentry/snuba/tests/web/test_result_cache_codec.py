import pytest

from snuba.reader import Result
from snuba.utils.serializable_exception import SerializableException
from snuba.web.db_query import ResultCacheCodec




















