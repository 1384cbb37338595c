import pytest

from snuba.subscriptions.types import Interval, InvalidRangeError














