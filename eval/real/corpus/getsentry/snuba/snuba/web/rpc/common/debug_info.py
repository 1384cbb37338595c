from sentry_protos.snuba.v1.downsampled_storage_pb2 import DownsampledStorageMeta
from sentry_protos.snuba.v1.request_common_pb2 import (
    QueryInfo,
    QueryMetadata,
    QueryStats,
    ResponseMeta,
    TimingMarks,
)

from snuba.downsampled_storage_tiers import Tier
from snuba.query.query_settings import HTTPQuerySettings
from snuba.utils.metrics.timer import Timer
from snuba.web import QueryResult











































































































