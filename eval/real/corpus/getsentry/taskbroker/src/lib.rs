use clap::{Parser, ValueEnum};
use std::fs;

pub mod canary_tasks;
pub mod config;
pub mod fetch;
pub mod flusher;
pub mod grpc;
pub mod kafka;
pub mod killswitch;
pub mod logging;
pub mod metrics;
pub mod push;
pub mod runtime_config;
pub mod runtime_metrics;
pub mod serde;
pub mod store;
pub mod test_utils;
pub mod tokio;
pub mod upkeep;
pub mod worker;





































