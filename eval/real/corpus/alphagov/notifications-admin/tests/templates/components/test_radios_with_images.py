import json
from importlib import metadata

from packaging.version import Version



















