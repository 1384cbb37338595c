pub mod backends;
pub mod metrics;
pub mod processing;
pub mod testutils;
pub mod types;
pub mod utils;
