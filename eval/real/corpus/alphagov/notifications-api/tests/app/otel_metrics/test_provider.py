from datetime import timedelta

import pytest
from freezegun import freeze_time
from pytest_mock import MockerFixture

from app.otel_metrics.provider import _request_duration, record_request_duration






















