from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sentry_options.testing import override_options

from snuba.configs.configuration import (
    CONFIGURABLE_COMPONENT_OVERRIDES_KEY,
    ConfigurableComponent,
)
from snuba.state.sentry_options import get_option














    from sentry_options._core import _set_override


























    from sentry_options._core import _clear_override
















































