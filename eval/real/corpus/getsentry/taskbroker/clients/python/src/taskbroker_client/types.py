import contextlib
import dataclasses
from collections.abc import MutableMapping
from concurrent.futures import Future
from typing import Any, Callable, Protocol

from arroyo.backends.abstract import ProducerFuture
from arroyo.backends.kafka import KafkaPayload
from arroyo.types import BrokerValue, Partition, Topic
from sentry_protos.taskbroker.v1.taskbroker_pb2 import TaskActivation, TaskActivationStatus









































































