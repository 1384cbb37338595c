pub mod op;


