use std::{thread::sleep, time::Duration};

use sentry_options::{init, options};





















