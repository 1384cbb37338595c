import json
from unittest.mock import Mock

import pytest

from seer.workflows.compare.models import (
    AttributeDistributions,
    CompareCohortsConfig,
    CompareCohortsRequest,
    MetricWeights,
    StatsAttribute,
    StatsAttributeBucket,
    StatsCohort,
)
from seer.workflows.compare.service import CompareService, compare_cohort








































































