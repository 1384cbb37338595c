from datetime import datetime
from unittest.mock import Mock

import pytest
from arroyo.processing.strategies.abstract import ProcessingStrategy
from arroyo.types import BrokerValue, Message, Partition, Topic

from snuba.consumers.dlq import (
    DlqInstruction,
    DlqInstructionStatus,
    DlqReplayPolicy,
    ExitAfterNMessages,
    clear_instruction,
    load_instruction,
    mark_instruction_in_progress,
    store_instruction,
)
from snuba.datasets.storages.storage_key import StorageKey




















































