from __future__ import annotations

from glob import glob

from sentry_sdk import traces

from snuba import settings
from snuba.datasets.configuration.dataset_builder import build_dataset_from_config
from snuba.datasets.dataset import Dataset
from snuba.datasets.entities.factory import initialize_entity_factory
from snuba.datasets.pluggable_dataset import PluggableDataset
from snuba.utils.config_component_factory import ConfigComponentFactory
from snuba.utils.metrics.util import with_span
from snuba.utils.sentry import SENTRY_OP
from snuba.utils.serializable_exception import SerializableException

















































































