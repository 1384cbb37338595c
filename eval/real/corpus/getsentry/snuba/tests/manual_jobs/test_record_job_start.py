from unittest.mock import patch

import pytest

from snuba.manual_jobs import JobSpec
from snuba.manual_jobs.redis import _build_start_time_key, _redis_client
from snuba.manual_jobs.runner import run_job














