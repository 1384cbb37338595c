from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import partial
from typing import (
    Any,
)

import simplejson as json
from confluent_kafka import KafkaError, Producer
from confluent_kafka import Message as KafkaMessage
from sentry_kafka_schemas.schema_types import snuba_queries_v1

from snuba import environment, settings
from snuba.utils.metrics.wrapper import MetricsWrapper
from snuba.utils.streams.configuration_builder import build_kafka_producer_configuration
from snuba.utils.streams.topics import Topic







































































