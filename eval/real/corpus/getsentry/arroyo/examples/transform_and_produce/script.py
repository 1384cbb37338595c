import os
import sys

from examples.transform_and_produce.batched import BatchedIndexerStrategyFactory
from examples.transform_and_produce.simple import HashPasswordAndProduceStrategyFactory

from arroyo.backends.kafka.configuration import (
    build_kafka_configuration,
    build_kafka_consumer_configuration,
)
from arroyo.backends.kafka.consumer import KafkaConsumer, KafkaProducer
from arroyo.processing.processor import StreamProcessor
from arroyo.types import Topic






















































