import abc
import logging
from typing import Dict, List, Optional

import numpy as np
import numpy.typing as npt
import sentry_sdk
from pydantic import BaseModel, ConfigDict, Field

from seer.anomaly_detection.models import (
    AlgoConfig,
    AnomalyDetectionConfig,
    AnomalyFlags,
    ConfidenceLevel,
    Sensitivities,
    Threshold,
    ThresholdType,
)
from seer.anomaly_detection.models.timeseries_anomalies import AlertAlgorithmType
from seer.dependency_injection import inject, injected
from seer.exceptions import ClientError
from seer.tags import AnomalyDetectionTags






















































































































































































