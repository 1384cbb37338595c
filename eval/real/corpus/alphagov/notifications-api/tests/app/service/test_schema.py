import json
import uuid

import pytest
from jsonschema import ValidationError

from app.schema_validation import validate
from app.service.service_callback_api_schema import (
    update_service_callback_api_schema,
)
































