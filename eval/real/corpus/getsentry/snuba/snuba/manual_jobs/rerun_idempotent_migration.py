from collections.abc import Mapping
from typing import Any

from snuba.clusters.storage_sets import StorageSetKey
from snuba.manual_jobs import Job, JobLogger, JobSpec
from snuba.migrations.groups import get_group_loader
from snuba.migrations.migration import ClickhouseNodeMigration
from snuba.migrations.runner import MigrationKey, Runner
from snuba.migrations.status import Status




























        from snuba.migrations.groups import _STORAGE_SET_TO_MIGRATION_GROUP_MAPPING






































