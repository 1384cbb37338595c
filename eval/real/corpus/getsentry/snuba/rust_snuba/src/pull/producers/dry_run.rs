use sentry_arroyo::backends::kafka::types::KafkaPayload;
use sentry_arroyo::backends::{Producer, ProducerError};
use sentry_arroyo::types::TopicOrPartition;
























