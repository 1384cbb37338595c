pub mod activation_batcher;
pub mod activation_writer;
pub mod admin;
pub mod consumer;
pub mod deserialize;
pub mod deserialize_activation;
pub mod deserialize_raw;
pub mod os_stream_writer;
