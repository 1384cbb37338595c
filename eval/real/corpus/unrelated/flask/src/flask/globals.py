from __future__ import annotations

import typing as t
from contextvars import ContextVar

from werkzeug.local import LocalProxy


    from .app import Flask
    from .ctx import _AppCtxGlobals
    from .ctx import AppContext
    from .sessions import SessionMixin
    from .wrappers import Request




















































    import warnings











