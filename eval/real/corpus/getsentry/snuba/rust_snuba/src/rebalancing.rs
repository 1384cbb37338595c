use sentry_options::options;
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};








































    use super::*;
    use sentry_options::testing::override_options;
    use serde_json::json;
    use std::sync::Once;


























