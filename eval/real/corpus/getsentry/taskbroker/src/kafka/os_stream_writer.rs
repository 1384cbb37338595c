use std::fmt::Debug;
use std::marker::PhantomData;
use std::time::Duration;

use tokio::time::sleep;

use crate::kafka::consumer::{
    ReduceConfig, ReduceShutdownBehaviour, ReduceShutdownCondition, Reducer,
    ReducerWhenFullBehaviour,
};

































































