






from __future__ import annotations

from typing import Union

from sentry_options._core import feature_property
from sentry_options._core import FeatureChecker
from sentry_options._core import FeatureContext
from sentry_options._core import features
from sentry_options._core import init
from sentry_options._core import NamespaceOptions
from sentry_options._core import NotInitializedError
from sentry_options._core import options
from sentry_options._core import OptionsError
from sentry_options._core import refresh
from sentry_options._core import SchemaError
from sentry_options._core import UnknownNamespaceError
from sentry_options._core import UnknownOptionError






















