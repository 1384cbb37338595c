from snuba.settings.settings_distributed import *  # noqa
from snuba.settings.settings_test import *  # noqa
