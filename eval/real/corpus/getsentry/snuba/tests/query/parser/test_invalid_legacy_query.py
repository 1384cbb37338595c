from collections.abc import MutableMapping
from typing import Any

import pytest
from snuba_sdk.legacy import json_to_snql
from snuba_sdk.query_visitors import InvalidQueryError

from snuba.query.exceptions import InvalidQueryException



























