from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from contextlib import contextmanager
from typing import Iterator

















































