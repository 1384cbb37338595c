import logging
import threading
import time
from typing import TYPE_CHECKING, Any

import grpc
from sentry_protos.taskbroker.v1.taskbroker_pb2 import (
    SetBatchActivationStatusRequest,
    SetTaskStatusRequest,
)
from sentry_protos.taskbroker.v1.taskbroker_pb2_grpc import ConsumerServiceStub

from taskbroker_client.metrics import MetricsBackend
from taskbroker_client.types import ProcessingResult
from taskbroker_client.worker.client import (
    MAX_ACTIVATION_SIZE,
    HealthCheckSettings,
    RequestSignatureInterceptor,
    parse_rpc_secret_list,
)



































































































































