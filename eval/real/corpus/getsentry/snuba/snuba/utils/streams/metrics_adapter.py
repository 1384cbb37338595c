from snuba.utils.metrics import MetricsBackend
from snuba.utils.metrics.types import Tags














