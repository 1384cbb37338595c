use crate::timer;
use crate::utils::timing::Deadline;
use core::fmt::Debug;
use std::collections::BTreeMap;
use std::mem;
use std::time::Duration;




















































