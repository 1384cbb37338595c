use crate::types::BytesInsertBatch;
use pyo3::prelude::*;
use pyo3::types::PyAnyMethods;
use sentry_arroyo::backends::kafka::types::KafkaPayload;
use sentry_arroyo::backends::Producer;
use sentry_arroyo::backends::ProducerError;
use sentry_arroyo::processing::strategies::{
    CommitRequest, ProcessingStrategy, StrategyError, SubmitError,
};
use sentry_arroyo::types::{Message, TopicOrPartition};
use std::ffi::CString;
use std::str;
use std::sync::{Arc, Mutex};

use std::time::Duration;
































































