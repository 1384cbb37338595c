use std::time::Duration;

use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::config::validate;
use crate::fetch::MAX_FETCH_THREADS;

























