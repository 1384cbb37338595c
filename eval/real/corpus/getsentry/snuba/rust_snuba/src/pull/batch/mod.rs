pub mod batch_metadata;
pub mod buffer;
pub mod pipeline_batch;
