from collections.abc import Callable
from typing import Any




        from snuba.datasets.factory import reset_dataset_factory
        from snuba.web.views import application






