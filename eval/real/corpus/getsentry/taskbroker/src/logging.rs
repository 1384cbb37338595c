use std::borrow::Cow;
use std::collections::BTreeMap;
use std::str::FromStr;

use sentry::integrations::tracing::EventFilter;
use sentry::types::Dsn;
use serde::{Deserialize, Serialize};
use tracing_subscriber::Layer;
use tracing_subscriber::filter::EnvFilter;
use tracing_subscriber::prelude::*;

use crate::config::Config;
use crate::get_version;


































































































