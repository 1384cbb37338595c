from __future__ import annotations

import json
from collections.abc import Sequence

import rapidjson
import structlog
from flask import request

from snuba import settings
from snuba.admin.auth_roles import DEFAULT_ROLES, ROLES
from snuba.admin.google import CloudIdentityAPI
from snuba.admin.jwt import validate_assertion
from snuba.admin.user import AdminUser
from snuba.redis import RedisClientKey, get_redis_client













































































































