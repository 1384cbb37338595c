import numpy as np
import numpy.typing as npt
from pydantic import BaseModel

from seer.anomaly_detection.detectors.normalizers import Normalizer
from seer.anomaly_detection.models import AlgoConfig
from seer.dependency_injection import inject, injected
from seer.exceptions import ServerError















































