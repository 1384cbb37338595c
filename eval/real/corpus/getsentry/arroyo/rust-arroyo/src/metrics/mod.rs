mod globals;
mod macros;
mod statsd;
mod types;

pub use globals::*;
pub use statsd::*;
pub use types::*;
