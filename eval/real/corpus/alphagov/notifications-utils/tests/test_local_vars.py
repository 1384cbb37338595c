from contextvars import ContextVar
from itertools import count
from unittest import mock

from notifications_utils.local_vars import LazyLocalGetter







































