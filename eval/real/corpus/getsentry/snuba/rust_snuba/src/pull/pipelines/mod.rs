pub mod eap;
pub mod fire_and_forget;
