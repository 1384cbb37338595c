pub mod clickhouse_writer_stage;
pub mod cogs_stage;
pub mod commit_log_stage;
pub mod processor_stage;
