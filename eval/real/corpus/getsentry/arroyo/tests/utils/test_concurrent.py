import threading
import time
from concurrent.futures import TimeoutError

import pytest

from arroyo.utils.concurrent import execute










