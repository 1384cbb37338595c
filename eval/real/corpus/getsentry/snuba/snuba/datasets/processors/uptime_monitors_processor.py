import logging

from snuba import environment
from snuba.datasets.processors.rust_compat_processor import RustCompatProcessor
from snuba.utils.metrics.wrapper import MetricsWrapper









