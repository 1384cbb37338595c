import operator
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar, cast









































