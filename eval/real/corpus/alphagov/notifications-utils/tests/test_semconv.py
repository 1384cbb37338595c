import os

import pytest
from opentelemetry.util.types import AttributeValue
from pytest_mock import MockerFixture

from notifications_utils.semconv import set_error_type, set_service_instance_id







































