pub mod collector;
pub mod committers;
pub mod producer;
pub mod sources;
pub mod writer;
