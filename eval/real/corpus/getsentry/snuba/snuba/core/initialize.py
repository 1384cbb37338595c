








import logging





    from snuba.datasets.factory import reset_dataset_factory





    from snuba.datasets.storages.factory import initialize_storage_factory





    from snuba.datasets.entities.factory import initialize_entity_factory
















