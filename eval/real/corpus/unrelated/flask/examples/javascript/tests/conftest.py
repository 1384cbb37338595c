import pytest

from js_example import app












