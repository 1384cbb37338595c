from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
import simplejson as json
from sentry_kafka_schemas.schema_types.group_attributes_v1 import (
    GroupAttributesSnapshot,
)

from snuba.consumers.types import KafkaMessageMetadata
from snuba.core.initialize import initialize_snuba
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from tests.base import BaseApiTest
from tests.datasets.configuration.utils import ConfigurationTest
from tests.helpers import write_processed_messages
from tests.test_api import SimpleAPITest



































































































