from datetime import datetime
from typing import Any

from flask import abort

from app.models import JSONModel, ModelList
from app.notify_client.api_key_api_client import api_key_api_client





































