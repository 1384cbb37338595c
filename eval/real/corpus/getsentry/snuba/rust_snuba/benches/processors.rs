use std::sync::Arc;
use std::time::{Duration, SystemTime};

use chrono::DateTime;
use criterion::measurement::WallTime;
use criterion::{black_box, BenchmarkGroup, BenchmarkId, Criterion, Throughput};
use once_cell::sync::Lazy;
use parking_lot::Mutex;
use rust_snuba::{
    BatchSizeCalculation, BrokerConfig, ClickhouseConfig, ConsumerStrategyFactoryV2,
    DogStatsDBackend, EnvConfig, KafkaMessageMetadata, MessageProcessorConfig, ProcessingFunction,
    ProcessingFunctionType, ProcessorConfig, StorageConfig, TopicConfig, PROCESSORS,
};
use sentry_arroyo::backends::kafka::types::KafkaPayload;
use sentry_arroyo::backends::local::broker::LocalBroker;
use sentry_arroyo::backends::local::LocalConsumer;
use sentry_arroyo::backends::storages::memory::MemoryMessageStorage;
use sentry_arroyo::backends::ConsumerError;
use sentry_arroyo::metrics;
use sentry_arroyo::processing::strategies::run_task_in_threads::ConcurrencyConfig;
use sentry_arroyo::processing::strategies::ProcessingStrategyFactory;
use sentry_arroyo::processing::{Callbacks, ConsumerState, RunError, StreamProcessor};
use sentry_arroyo::types::{Partition, Topic};
use sentry_arroyo::utils::clock::SystemClock;
use uuid::Uuid;


use tikv_jemallocator::Jemalloc;












































































































































































































