pub mod batch;
pub mod pipelines;
pub mod producers;
pub mod stages;
pub mod writer;


mod test_fixtures;


mod tests;
