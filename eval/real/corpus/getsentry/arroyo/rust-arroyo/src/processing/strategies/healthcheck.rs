use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use crate::counter;
use crate::processing::strategies::{
    CommitRequest, ProcessingStrategy, StrategyError, SubmitError,
};
use crate::types::Message;





























































