from typing import Any

import jwt
import requests

from snuba import settings
from snuba.admin.user import AdminUser
































