from seer.anomaly_detection.detectors import (
    anomaly_detectors,
    anomaly_scorer,
    mp_boxcox_scorer,
    mp_cascading_scorer,
    mp_scorers,
    mp_utils,
    normalizers,
    prophet_scorer,
    smoothers,
    window_size_selectors,
)





















