from collections.abc import Mapping
from typing import Any

from snuba.clickhouse.escaping import escape_identifier
from snuba.clusters.cluster import ClickhouseClientSettings, get_cluster
from snuba.clusters.storage_sets import StorageSetKey
from snuba.manual_jobs import Job, JobLogger, JobSpec


























































