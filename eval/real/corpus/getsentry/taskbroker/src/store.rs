pub mod activation;
pub mod adapters;
pub mod retry;
pub mod traits;
pub mod types;


mod tests;
