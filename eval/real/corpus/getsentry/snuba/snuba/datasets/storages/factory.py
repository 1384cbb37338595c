from __future__ import annotations

import contextlib
from collections.abc import MutableSequence, Sequence
from glob import glob

from sentry_sdk import traces

from snuba import settings
from snuba.datasets.cdc.cdcstorage import CdcStorage
from snuba.datasets.configuration.storage_builder import build_storage_from_config
from snuba.datasets.readiness_state import ReadinessState
from snuba.datasets.storage import ReadableTableStorage, Storage, WritableTableStorage
from snuba.datasets.storages.storage_key import StorageKey
from snuba.datasets.storages.validator import StorageValidator
from snuba.utils.config_component_factory import ConfigComponentFactory
from snuba.utils.sentry import SENTRY_OP











































































































