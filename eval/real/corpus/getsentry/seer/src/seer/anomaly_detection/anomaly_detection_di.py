from seer.anomaly_detection.accessors import AlertDataAccessor, DbAlertDataAccessor
from seer.anomaly_detection.detectors import (
    CombinedAnomalyScorer,
    MinMaxNormalizer,
    MPBoxCoxScorer,
    MPCascadingScorer,
    MPLowVarianceScorer,
    MPUtils,
    Normalizer,
    ProphetScaledSmoothedScorer,
    SuSSWindowSizeSelector,
    WindowSizeSelector,
)
from seer.anomaly_detection.detectors.anomaly_scorer import AnomalyScorer
from seer.anomaly_detection.models import AlgoConfig
from seer.dependency_injection import Module












































