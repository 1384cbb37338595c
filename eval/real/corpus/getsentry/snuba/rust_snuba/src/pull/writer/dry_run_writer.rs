use std::time::Duration;

use futures::future::BoxFuture;
use rand::Rng;

use crate::strategies::clickhouse::writer_v2::lz4_compress;

use super::clickhouse_writer::ClickHouseWriter;












































