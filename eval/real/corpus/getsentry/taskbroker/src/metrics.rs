use std::collections::BTreeMap;
use std::net::{SocketAddr, ToSocketAddrs};

use metrics_exporter_statsd::StatsdBuilder;

use crate::config::Config;







































