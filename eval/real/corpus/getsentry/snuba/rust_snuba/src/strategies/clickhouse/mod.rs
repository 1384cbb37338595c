pub mod rowbinary;
pub mod writer_v2;
