import os
from unittest.mock import patch

import pytest
from sentry_options import OptionValue
from sentry_options.testing import override_options

from snuba.clusters.storage_sets import StorageSetKey
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import get_entity
from snuba.datasets.plans.cluster_selector import (
    MEGA_CLUSTER_RUNTIME_CONFIG_PREFIX,
    ColumnBasedStorageSliceSelector,
    _should_use_mega_cluster,
)
from snuba.datasets.slicing import map_org_id_to_logical_partition
from snuba.datasets.storages.storage_key import StorageKey
from snuba.query.conditions import binary_condition
from snuba.query.data_source.simple import Entity as QueryEntity
from snuba.query.expressions import Column, Literal
from snuba.query.logical import Query as LogicalQuery
from snuba.query.query_settings import HTTPQuerySettings

























































































































































