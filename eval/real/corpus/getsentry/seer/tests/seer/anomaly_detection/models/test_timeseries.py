import unittest

import numpy as np

from seer.anomaly_detection.models import AlertAlgorithmType, ConfidenceLevel
from seer.anomaly_detection.models.timeseries import MPTimeSeries
from seer.anomaly_detection.models.timeseries_anomalies import MPTimeSeriesAnomalies









































