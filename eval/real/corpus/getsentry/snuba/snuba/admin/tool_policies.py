from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import wraps
from typing import Any

from flask import Response, g, jsonify, make_response

from snuba.admin.auth_roles import InteractToolAction
from snuba.admin.user import AdminUser









































































