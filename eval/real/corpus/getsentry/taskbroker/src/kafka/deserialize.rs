use anyhow::Error;
use rdkafka::Message;
use rdkafka::message::OwnedMessage;

use crate::config::Config;
use crate::store::activation::Activation;

use super::deserialize_activation::{self, DeserializeActivationConfig};
use super::deserialize_raw::{self, RawConfig};




















































