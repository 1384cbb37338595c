from snuba.datasets.processors.rust_compat_processor import RustCompatProcessor





