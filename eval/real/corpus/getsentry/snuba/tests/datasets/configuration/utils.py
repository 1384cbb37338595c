from collections.abc import Generator

import pytest

from snuba.datasets.factory import reset_dataset_factory







