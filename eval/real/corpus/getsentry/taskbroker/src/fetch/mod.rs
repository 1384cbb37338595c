use std::sync::Arc;
use std::time::Instant;

use anyhow::Result;
use async_backtrace::framed;
use flume::Sender;

use crate::config::Config;
use crate::fetch::thread::FetchThread;
use crate::store::activation::Activation;
use crate::store::traits::ActivationStore;
use crate::store::types::BucketRange;

mod thread;










































































mod tests;
