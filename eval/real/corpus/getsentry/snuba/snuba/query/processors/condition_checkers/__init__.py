from __future__ import annotations

import os
from abc import ABC, abstractmethod
from typing import cast

from snuba.clickhouse.query import Expression
from snuba.utils.registered_class import RegisteredClass, import_submodules_in_directory








































