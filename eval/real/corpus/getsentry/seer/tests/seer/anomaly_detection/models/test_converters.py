import unittest

import numpy as np

from seer.anomaly_detection.models import TimeSeries
from seer.anomaly_detection.models.converters import convert_external_ts_to_internal
from seer.anomaly_detection.models.external import TimeSeriesPoint

















