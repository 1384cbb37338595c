
pub use crate::sentry_protos::*;
