pub mod auth_middleware;
pub mod metrics_middleware;
pub mod server;


mod server_tests;
