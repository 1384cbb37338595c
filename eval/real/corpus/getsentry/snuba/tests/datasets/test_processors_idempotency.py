from datetime import datetime

import pytest

from snuba.consumers.types import KafkaMessageMetadata
from snuba.datasets.processors.errors_processor import ErrorsProcessor
from snuba.datasets.processors.transactions_processor import (
    TransactionsMessageProcessor,
)
from snuba.processor import InsertEvent, MessageProcessor
from tests.fixtures import get_raw_error_message, get_raw_transaction_message





























