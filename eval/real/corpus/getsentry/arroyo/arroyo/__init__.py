from arroyo.types import Message, Partition, Topic
from arroyo.utils.metrics import configure_metrics







