import pytest

from snuba.clusters.cluster import get_cluster
from snuba.datasets.factory import (
    get_dataset,
    get_dataset_name,
    get_enabled_dataset_names,
)





















