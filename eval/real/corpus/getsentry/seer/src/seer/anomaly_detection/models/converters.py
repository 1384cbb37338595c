import numpy as np

from seer.anomaly_detection.models import TimeSeries
from seer.anomaly_detection.models.external import TimeSeriesPoint










