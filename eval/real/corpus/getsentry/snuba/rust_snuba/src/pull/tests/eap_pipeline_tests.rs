use std::sync::Arc;
use std::time::Duration;

use sentry_arroyo::backends::kafka::types::KafkaPayload;
use sentry_arroyo::processing::stream::{
    BatchStage, DlqHandler, Pipeline, PipelineExt, PullSource,
};
use sentry_arroyo::types::{Topic, TopicOrPartition};
use sentry_kafka_schemas::get_schema;

use crate::config::ProcessorConfig;
use crate::processors::{get_processing_function, ProcessingFunctionType};
use crate::pull::batch::buffer::PipelineBatchBuffer;
use crate::pull::pipelines::eap::EapPipeline;
use crate::pull::stages::clickhouse_writer_stage::ClickHouseWriterStage;
use crate::pull::stages::cogs_stage::CogsStage;
use crate::pull::stages::commit_log_stage::CommitLogStage;
use crate::pull::stages::processor_stage::ProcessorStage;
use crate::pull::test_fixtures::collector::TestCollector;
use crate::pull::test_fixtures::producer::MockProducer;
use crate::pull::test_fixtures::sources::VecSource;
use crate::pull::test_fixtures::writer::MockWriter;






















































































