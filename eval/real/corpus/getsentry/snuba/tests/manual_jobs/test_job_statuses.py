from threading import Thread
from time import sleep
from unittest.mock import patch

import pytest

from snuba.manual_jobs import Job, JobLogger, JobSpec
from snuba.manual_jobs.job_loader import _JobLoader
from snuba.manual_jobs.job_status import JobStatus
from snuba.manual_jobs.runner import JobStatusException, get_job_status, run_job
from snuba.utils.serializable_exception import SerializableException


















































































