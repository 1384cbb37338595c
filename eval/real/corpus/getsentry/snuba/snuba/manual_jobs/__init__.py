import logging
import os
from abc import ABC, abstractmethod
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any, cast

from snuba.manual_jobs.redis import _set_job_type
from snuba.utils.registered_class import RegisteredClass, import_submodules_in_directory

































































