import logging
import signal
import time
from dataclasses import replace
from typing import Any

import click
from arroyo import configure_metrics
from arroyo.backends.kafka import KafkaPayload
from arroyo.processing import StreamProcessor

from snuba import environment, settings
from snuba.consumers.consumer_builder import (
    ConsumerBuilder,
    KafkaParameters,
    ProcessingParameters,
)
from snuba.consumers.consumer_config import resolve_consumer_config
from snuba.consumers.dlq import (
    DlqInstructionStatus,
    clear_instruction,
    load_instruction,
    mark_instruction_in_progress,
)
from snuba.utils.metrics.wrapper import MetricsWrapper
from snuba.utils.streams.metrics_adapter import StreamMetricsAdapter







































































































































































