use std::collections::BTreeMap;

use anyhow::{Context, Error, anyhow};
use chrono::Utc;
use prost::Message as _;
use sentry_protos::taskbroker::v1::{OnAttemptsExceeded, TaskActivation};
use serde::Serialize;
use tracing::info;
use uuid::Uuid;

use crate::config::Config;
use crate::kafka::deserialize_activation::bucket_from_id;
use crate::store::activation::{Activation, ActivationStatus};
use crate::store::traits::ActivationStore;





































































































    use std::collections::{BTreeMap, HashMap};

    use prost::Message as _;
    use sentry_protos::taskbroker::v1::TaskActivation;
    use serde::Deserialize;

    use super::{CANARY_NAMESPACE, CANARY_TASKNAME, build_activations};
    use crate::config::Config;
























































