from __future__ import annotations

import logging

from arroyo.backends.kafka.consumer import KafkaProducer
from usageaccountant import UsageAccumulator, UsageUnit

from snuba.utils.streams.configuration_builder import build_kafka_producer_configuration
from snuba.utils.streams.topics import Topic as StreamTopic



















































