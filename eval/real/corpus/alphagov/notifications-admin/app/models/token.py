import json
from datetime import datetime
from typing import Any

from app.models import JSONModel












