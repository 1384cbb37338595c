from collections.abc import Iterator

import pytest

from snuba import settings
from snuba.datasets import factory
from snuba.datasets.dataset import Dataset
from snuba.datasets.factory import (
    InvalidDatasetError,
    get_dataset,
    get_dataset_name,
    get_enabled_dataset_names,
    reset_dataset_factory,
)

































































