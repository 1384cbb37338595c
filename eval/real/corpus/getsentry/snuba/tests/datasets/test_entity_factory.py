from snuba.datasets.entities import factory
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.factory import (
    get_all_entity_names,
    get_entity,
    get_entity_name,
    initialize_entity_factory,
    reset_entity_factory,
)
from snuba.datasets.entity import Entity






















































