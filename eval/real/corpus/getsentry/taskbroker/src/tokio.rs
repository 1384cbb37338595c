use std::future::Future;

use sentry::{Hub, SentryFutureExt};
use tokio::task::{JoinHandle, JoinSet};


































    use super::*;








