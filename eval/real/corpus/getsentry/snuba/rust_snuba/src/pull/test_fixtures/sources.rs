use std::sync::Mutex;

use futures::stream::BoxStream;
use sentry_arroyo::backends::kafka::types::KafkaPayload;
use sentry_arroyo::processing::stream::{
    MessageMetadata, OffsetCommitter, PipelineEnvelope, PullSource, StageResult,
};
use sentry_arroyo::types::{Partition, Topic};
use std::sync::Arc;










































