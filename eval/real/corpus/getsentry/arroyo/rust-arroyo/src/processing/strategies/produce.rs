use crate::backends::kafka::types::KafkaPayload;
use crate::backends::{Producer, ProducerError};
use crate::processing::strategies::run_task_in_threads::{
    ConcurrencyConfig, RunTaskFunc, RunTaskInThreads, TaskRunner,
};
use crate::processing::strategies::{
    CommitRequest, ProcessingStrategy, StrategyError, SubmitError,
};
use crate::types::{Message, TopicOrPartition};
use std::sync::Arc;
use std::time::Duration;

use super::run_task_in_threads::RunTaskError;














































































    use parking_lot::Mutex;
    use std::time::SystemTime;

    use super::*;
    use crate::backends::kafka::config::KafkaConfig;
    use crate::backends::kafka::producer::KafkaProducer;
    use crate::backends::kafka::InitialOffset;
    use crate::backends::local::broker::LocalBroker;
    use crate::backends::local::LocalProducer;
    use crate::backends::storages::memory::MemoryMessageStorage;
    use crate::processing::strategies::noop::Noop;
    use crate::processing::strategies::StrategyError;
    use crate::types::{BrokerMessage, InnerMessage, Partition, Topic};
    use crate::utils::clock::TestingClock;
    use chrono::Utc;
























































































































































