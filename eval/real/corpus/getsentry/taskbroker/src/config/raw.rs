use serde::{Deserialize, Serialize};

















