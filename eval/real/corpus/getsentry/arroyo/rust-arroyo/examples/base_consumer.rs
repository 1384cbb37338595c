extern crate sentry_arroyo;

use sentry_arroyo::backends::kafka::config::KafkaConfig;
use sentry_arroyo::backends::kafka::InitialOffset;
use sentry_arroyo::backends::kafka::KafkaConsumer;
use sentry_arroyo::backends::AssignmentCallbacks;
use sentry_arroyo::backends::CommitOffsets;
use sentry_arroyo::backends::Consumer;
use sentry_arroyo::types::{Partition, Topic};
use std::collections::HashMap;






























