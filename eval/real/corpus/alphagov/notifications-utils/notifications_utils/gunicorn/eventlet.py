import contextvars
from collections import deque

import greenlet
from gunicorn.workers import geventlet































