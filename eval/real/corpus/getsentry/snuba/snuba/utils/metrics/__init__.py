from snuba.utils.metrics.backends.abstract import MetricsBackend


