from collections.abc import MutableMapping
from typing import Any

import click

from snuba.manual_jobs import JobSpec
from snuba.manual_jobs.runner import (
    MANIFEST_FILENAME,
    get_job_status,
    list_job_specs,
    run_job,
    view_job_logs,
)


































































