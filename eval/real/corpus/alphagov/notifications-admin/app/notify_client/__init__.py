from typing import Any

from flask import g, has_request_context, request
from notifications_python_client import __version__
from notifications_python_client.base import BaseAPIClient
from notifications_utils.clients.redis import RequestCache
from notifications_utils.json import RelaxedContainerJSONEncoder, StrictJsonTopLevelType

from app import current_user
from app.extensions import redis_client

































































