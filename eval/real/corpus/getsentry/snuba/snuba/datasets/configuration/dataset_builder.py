from __future__ import annotations

from snuba.datasets.configuration.json_schema import DATASET_VALIDATORS
from snuba.datasets.configuration.loader import load_configuration_data
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.pluggable_dataset import PluggableDataset








