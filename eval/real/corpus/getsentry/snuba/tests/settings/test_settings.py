import importlib
from copy import deepcopy
from typing import Any
from unittest.mock import patch

import pytest

from snuba import settings
from snuba.settings import validation
from snuba.settings.validation import (
    InvalidTopicError,
    validate_settings,
    validate_slicing_settings,
)
from snuba.utils.streams.topics import Topic
















































































































