use std::cmp::max;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Result;
use chrono::Utc;
use elegant_departure::get_shutdown_guard;
use flume::Receiver;
use tracing::{debug, error};

use crate::push::updater::Updater;
use crate::store::activation::{Activation, ActivationStatus};
use crate::store::traits::ActivationStore;
use crate::timed;
use crate::worker::WorkerMap;



























































































































