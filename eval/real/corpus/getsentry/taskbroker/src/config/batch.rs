use std::time::Duration;

use serde::{Deserialize, Serialize};
use validator::Validate;
















