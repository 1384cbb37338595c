from __future__ import annotations

import os
from abc import abstractmethod
from typing import Any, cast

from snuba.consumers.types import KafkaMessageMetadata
from snuba.processor import MessageProcessor, ProcessedMessage
from snuba.utils.registered_class import RegisteredClass, import_submodules_in_directory




































