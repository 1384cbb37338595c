import logging
import os
import traceback
from collections.abc import Mapping, Sequence
from typing import Any

import simplejson

from snuba.manual_jobs import Job, JobSpec
from snuba.manual_jobs.job_loader import _JobLoader
from snuba.manual_jobs.job_logging import get_job_logger
from snuba.manual_jobs.job_status import JobStatus
from snuba.manual_jobs.redis import (
    _acquire_job_lock,
    _build_job_log_key,
    _build_job_status_key,
    _get_job_status_multi,
    _get_job_type,
    _record_start_time,
    _redis_client,
    _release_job_lock,
    _set_job_status,
)
from snuba.utils.serializable_exception import SerializableException






























































































































