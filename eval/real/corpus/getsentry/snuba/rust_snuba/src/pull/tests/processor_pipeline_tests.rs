use std::sync::Arc;
use std::time::Duration;

use rstest::rstest;
use sentry_arroyo::backends::kafka::types::KafkaPayload;
use sentry_arroyo::processing::stream::{BatchStage, Pipeline, PipelineExt, PullSource};
use sentry_kafka_schemas::get_schema;

use crate::config::ProcessorConfig;
use crate::processors::{get_processing_function, ProcessingFunctionType};
use crate::pull::batch::buffer::PipelineBatchBuffer;
use crate::pull::pipelines::fire_and_forget::FireAndForgetPipeline;
use crate::pull::stages::clickhouse_writer_stage::ClickHouseWriterStage;
use crate::pull::stages::processor_stage::ProcessorStage;
use crate::pull::test_fixtures::writer::MockWriter;

use super::super::test_fixtures::collector::TestCollector;
use super::super::test_fixtures::sources::VecSource;





























































































