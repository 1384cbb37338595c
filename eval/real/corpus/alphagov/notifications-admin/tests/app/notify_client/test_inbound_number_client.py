import pytest

from app.notify_client.inbound_number_client import inbound_number_client
from tests.utils import RedisClientMock






















