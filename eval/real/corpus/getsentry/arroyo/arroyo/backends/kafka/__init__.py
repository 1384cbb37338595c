from .configuration import (
    build_kafka_configuration,
    build_kafka_consumer_configuration,
    build_kafka_producer_configuration,
)
from .consumer import ConfluentProducer, KafkaConsumer, KafkaPayload, KafkaProducer
from .producer import FutureTrackingProducer











