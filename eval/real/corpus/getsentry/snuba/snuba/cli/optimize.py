from datetime import UTC, timedelta

import click

from snuba import settings
from snuba.clickhouse.optimize.optimize import run_optimize_cron_job
from snuba.clickhouse.optimize.optimize_tracker import OptimizedPartitionTracker
from snuba.clusters.cluster import ClickhouseClientSettings
from snuba.datasets.schemas.tables import TableSchema
from snuba.datasets.storage import ReadableTableStorage
from snuba.datasets.storages.factory import get_storage
from snuba.datasets.storages.storage_key import StorageKey
from snuba.environment import setup_logging, setup_sentry
from snuba.redis import RedisClientKey, get_redis_client































































    from datetime import datetime

    from snuba.clickhouse.optimize.optimize import logger
    from snuba.clickhouse.pool import ClickhousePool
    from snuba.clusters.cluster import ClickhouseNode, build_pool















































































