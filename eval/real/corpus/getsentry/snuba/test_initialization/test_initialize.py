from unittest import mock

from snuba.core.initialize import initialize_snuba









        from snuba.datasets.entities.factory import _ENT_FACTORY
        from snuba.datasets.factory import _DS_FACTORY
        from snuba.datasets.storages.factory import _STORAGE_FACTORY





        from snuba.datasets.entities.factory import get_all_entity_names
        from snuba.datasets.factory import get_enabled_dataset_names
        from snuba.datasets.storages.factory import get_all_storage_keys











