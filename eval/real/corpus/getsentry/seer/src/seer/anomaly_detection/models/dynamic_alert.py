import datetime
import logging

from pydantic import BaseModel

from seer.anomaly_detection.models.cleanup_predict import CleanupPredictConfig
from seer.anomaly_detection.models.external import AnomalyDetectionConfig
from seer.anomaly_detection.models.timeseries import ProphetPrediction, TimeSeries
from seer.anomaly_detection.models.timeseries_anomalies import TimeSeriesAnomalies
from seer.db import TaskStatus


















