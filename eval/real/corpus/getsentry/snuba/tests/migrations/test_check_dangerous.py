import logging
from collections.abc import Sequence
from typing import Any
from unittest.mock import Mock, patch

import pytest

from snuba.clusters.cluster import ClickhouseClientSettings, get_cluster
from snuba.clusters.storage_sets import StorageSetKey
from snuba.migrations.check_dangerous import DangerousOperationError
from snuba.migrations.columns import MigrationModifiers
from snuba.migrations.columns import MigrationModifiers as Modifiers
from snuba.migrations.connect import get_column_states
from snuba.migrations.migration import ClickhouseNodeMigration
from snuba.migrations.operations import ModifyColumn, OperationTarget, SqlOperation
from snuba.utils.schemas import Column, String, UInt















































































