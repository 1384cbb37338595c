from sentry_protos.snuba.v1.request_common_pb2 import TraceItemType
from sentry_relay.consts import DataCategory

from snuba.reader import Result



























