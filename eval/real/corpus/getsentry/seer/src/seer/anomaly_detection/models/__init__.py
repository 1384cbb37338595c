from seer.anomaly_detection.models import (
    algo_config,
    dynamic_alert,
    external,
    timeseries,
    timeseries_anomalies,
)




















