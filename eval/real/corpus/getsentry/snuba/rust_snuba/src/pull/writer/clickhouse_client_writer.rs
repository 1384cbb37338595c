use futures::future::BoxFuture;

use crate::strategies::clickhouse::writer_v2::ClickhouseClient;

use super::clickhouse_writer::ClickHouseWriter;











