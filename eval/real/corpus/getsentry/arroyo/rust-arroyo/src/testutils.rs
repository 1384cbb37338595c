use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
use rdkafka::client::DefaultClientContext;
use rdkafka::ClientConfig;
use tokio::runtime::Runtime;

use crate::backends::kafka::config::KafkaConfig;
use crate::backends::kafka::producer::KafkaProducer;
use crate::backends::kafka::types::KafkaPayload;
use crate::backends::Producer;
use crate::processing::strategies::{
    CommitRequest, ProcessingStrategy, ProcessingStrategyFactory, StrategyError, SubmitError,
};
use crate::types::Message;
use crate::types::Topic;







































































































































