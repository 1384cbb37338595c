import pytest

from snuba.manual_jobs import JobSpec
from snuba.manual_jobs.redis import _acquire_job_lock
from snuba.manual_jobs.runner import JobLockedException, run_job










