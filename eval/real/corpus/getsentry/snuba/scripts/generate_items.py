import time
import uuid
from datetime import UTC, datetime, timedelta

from confluent_kafka import KafkaError, Producer
from confluent_kafka import Message as KafkaMessage
from google.protobuf.timestamp_pb2 import Timestamp
from sentry_protos.snuba.v1.request_common_pb2 import TraceItemType
from sentry_protos.snuba.v1.trace_item_pb2 import AnyValue, TraceItem










































































