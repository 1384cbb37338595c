import threading
from typing import Any
from unittest.mock import ANY, Mock, call

from snuba.utils.threaded_function_delegator import Result, ThreadedFunctionDelegator










































