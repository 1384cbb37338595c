from typing import cast

from snuba.manual_jobs import Job, JobSpec
from snuba.utils.serializable_exception import SerializableException















