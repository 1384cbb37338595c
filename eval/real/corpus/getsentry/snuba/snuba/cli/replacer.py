import signal
from collections.abc import Sequence
from typing import Any

import click

from snuba import environment, settings
from snuba.datasets.storages.factory import get_writable_storage
from snuba.datasets.storages.storage_key import StorageKey
from snuba.environment import setup_logging, setup_sentry
from snuba.utils.metrics.wrapper import MetricsWrapper
from snuba.utils.streams.metrics_adapter import StreamMetricsAdapter









































































    from arroyo import Topic, configure_metrics
    from arroyo.backends.kafka import KafkaConsumer
    from arroyo.commit import ONCE_PER_SECOND
    from arroyo.processing import StreamProcessor

    from snuba.replacer import ReplacerStrategyFactory, ReplacerWorker
    from snuba.utils.streams.configuration_builder import (
        build_kafka_consumer_configuration,
    )





















































