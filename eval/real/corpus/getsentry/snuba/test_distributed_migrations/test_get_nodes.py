from snuba.admin.clickhouse.nodes import _get_dist_nodes, _get_local_nodes
from snuba.datasets.storages.storage_key import StorageKey









