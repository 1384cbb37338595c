from abc import ABC, abstractmethod
from binascii import crc32

from snuba.datasets.table_storage import KafkaTopicSpec
from snuba.subscriptions.data import PartitionId, SubscriptionData




















