from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from datetime import datetime, timedelta
from typing import (
    Any,
    TypeVar,
)

from snuba import settings
from snuba.processor import (
    _as_dict_safe,
    _ensure_valid_date,
    _ensure_valid_ip,
    _unicodify,
)
from snuba.utils.serializable_exception import SerializableException





















































































































