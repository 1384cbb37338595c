from __future__ import annotations

from collections.abc import Sequence
from glob import glob

from sentry_sdk import traces

from snuba import settings
from snuba.datasets.configuration.entity_builder import build_entity_from_config
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entity import Entity
from snuba.datasets.pluggable_entity import PluggableEntity
from snuba.datasets.storages.factory import initialize_storage_factory
from snuba.datasets.table_storage import TableWriter
from snuba.utils.config_component_factory import ConfigComponentFactory
from snuba.utils.sentry import SENTRY_OP
from snuba.utils.serializable_exception import SerializableException































































































