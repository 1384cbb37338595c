pub mod clock;
pub mod timing;
