pub mod eap_pipeline_tests;
pub mod processor_pipeline_tests;
