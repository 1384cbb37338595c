pub mod aggregator;
pub mod commit_outcomes;
pub mod produce_outcome;
