from collections.abc import Callable
from typing import Self





