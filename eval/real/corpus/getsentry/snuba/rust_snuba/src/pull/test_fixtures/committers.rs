use std::collections::HashMap;
use std::sync::Mutex;

use sentry_arroyo::processing::stream::OffsetCommitter;
use sentry_arroyo::types::Partition;























