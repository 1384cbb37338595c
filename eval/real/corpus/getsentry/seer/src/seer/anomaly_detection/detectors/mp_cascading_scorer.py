from typing import Optional

import numpy as np
import numpy.typing as npt
from pydantic import Field

from seer.anomaly_detection.detectors.mp_boxcox_scorer import MPBoxCoxScorer
from seer.anomaly_detection.detectors.mp_scorers import (
    FlagsAndScores,
    MPLowVarianceScorer,
    MPScorer,
)
from seer.anomaly_detection.models import AlgoConfig, AnomalyDetectionConfig
from seer.dependency_injection import inject, injected




































































