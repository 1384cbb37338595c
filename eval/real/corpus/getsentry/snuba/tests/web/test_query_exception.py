import json

from snuba.utils.serializable_exception import SerializableException
from snuba.web import QueryException













