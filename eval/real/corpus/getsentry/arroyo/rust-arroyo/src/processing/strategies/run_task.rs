use crate::processing::strategies::{
    merge_commit_request, CommitRequest, MessageRejected, ProcessingStrategy, StrategyError,
    SubmitError,
};
use crate::types::Message;
use std::time::Duration;


























































































    use super::*;
    use crate::{
        processing::strategies::noop::Noop,
        types::{BrokerMessage, InnerMessage, Message, Partition, Topic},
    };
    use chrono::Utc;























