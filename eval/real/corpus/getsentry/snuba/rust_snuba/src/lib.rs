


















mod accepted_outcomes_consumer;
mod config;
mod consumer;
mod factory_v2;
mod logging;
mod metrics;
mod options;
mod processors;
mod pull;
mod pull_consumer;
mod rebalancing;
mod strategies;
mod types;

use pyo3::prelude::*;

















pub use config::{
    BatchSizeCalculation, BrokerConfig, ClickhouseConfig, EnvConfig, MessageProcessorConfig,
    ProcessorConfig, StorageConfig, TopicConfig,
};
pub use factory_v2::ConsumerStrategyFactoryV2;
pub use metrics::statsd::DogStatsDBackend;
pub use processors::{ProcessingFunction, ProcessingFunctionType, PROCESSORS};
pub use strategies::noop::Noop;
pub use strategies::python::PythonTransformStep;
pub use types::KafkaMessageMetadata;


mod testutils;
