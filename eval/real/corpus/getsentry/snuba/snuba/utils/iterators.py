from collections.abc import Iterable, Iterator, MutableSequence, Sequence
from typing import TypeVar















