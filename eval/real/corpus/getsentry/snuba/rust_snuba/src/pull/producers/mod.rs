pub mod dry_run;

pub use dry_run::DryRunProducer;
