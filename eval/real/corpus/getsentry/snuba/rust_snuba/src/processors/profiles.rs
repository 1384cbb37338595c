use crate::config::ProcessorConfig;
use anyhow::Context;
use chrono::DateTime;
use schemars::JsonSchema;
use sentry_arroyo::backends::kafka::types::KafkaPayload;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::processors::utils::enforce_retention;
use crate::types::{InsertBatch, KafkaMessageMetadata};






































































    use std::time::SystemTime;

    use crate::processors::tests::run_schema_type_test;

    use super::*;










































