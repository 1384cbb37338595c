pub mod global_tags;
pub mod statsd;
