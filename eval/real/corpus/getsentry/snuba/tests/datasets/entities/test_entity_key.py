import pytest

from snuba.datasets.entities.entity_key import REGISTERED_ENTITY_KEYS, EntityKey
from snuba.datasets.entities.factory import initialize_entity_factory










