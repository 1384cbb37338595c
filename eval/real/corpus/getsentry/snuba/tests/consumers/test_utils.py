from unittest.mock import Mock, patch

import pytest
from confluent_kafka import KafkaException
from confluent_kafka.admin import (  # type: ignore[attr-defined]  # ClusterMetadata lacks explicit re-export
    AdminClient,
    ClusterMetadata,
)

from snuba import settings
from snuba.consumers.utils import TopicNotFound, get_partition_count
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.utils.manage_topics import create_topics
from snuba.utils.streams.configuration_builder import get_default_kafka_configuration
from snuba.utils.streams.topics import Topic

































