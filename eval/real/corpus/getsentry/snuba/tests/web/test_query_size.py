import pytest

from snuba import settings
from snuba.pipeline.stages.query_execution import get_query_size_group
















