use crate::config::ProcessorConfig;
use crate::processors::utils::StringToIntDatetime;
use crate::types::{InsertBatch, KafkaMessageMetadata};
use anyhow::Context;
use schemars::JsonSchema;
use sentry_arroyo::backends::kafka::types::KafkaPayload;
use serde::{Deserialize, Serialize};





























































    use super::*;
    use chrono::DateTime;
    use std::time::SystemTime;






































        use crate::processors::tests::run_schema_type_test;



