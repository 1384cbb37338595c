use crate::types::{CogsData, CommitLogOffsets};










