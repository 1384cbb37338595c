import base64
from contextvars import ContextVar

import requests
from flask import current_app, has_request_context, request
from notifications_utils.json import RelaxedContainerJSONEncoder as RCJSONEncoder
from notifications_utils.local_vars import LazyLocalGetter
from werkzeug.local import LocalProxy

from app import memo_resetters











































































