import importlib
import json
import time

import pytest

from snuba import settings
from snuba.clusters import cluster
from snuba.clusters.cluster import ClickhouseClientSettings, ClickhouseCluster
from snuba.environment import setup_sentry
from snuba.migrations import runner
from snuba.settings import settings_test_distributed_migrations

























































    from snuba.migrations.runner import Runner



