
























import os

import pytest

from snuba.utils.registered_class import (
    InvalidConfigKeyError,
    import_submodules_in_directory,
)





    from tests.utils.test_package_no_import import SomeBase









    from tests.utils.test_package_no_import import SomeBase













    from tests.utils.test_package_auto_import import SomeBase



