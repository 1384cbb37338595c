from __future__ import annotations

from concurrent.futures import Future
from threading import Thread
from typing import Callable, Optional, TypeVar


































