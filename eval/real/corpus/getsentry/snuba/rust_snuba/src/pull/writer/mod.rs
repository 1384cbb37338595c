pub mod clickhouse_client_writer;
pub mod clickhouse_writer;
pub mod dry_run_writer;

pub use clickhouse_writer::ClickHouseWriter;
pub use dry_run_writer::DryRunWriter;
