use std::time::Duration;
use validator::ValidationError;


















