from enum import Enum

from snuba.clusters.storage_sets import StorageSetKey
from snuba.datasets.readiness_state import ReadinessState
from snuba.migrations.group_loader import (
    CDCLoader,
    DiscoverLoader,
    EventsAnalyticsPlatformLoader,
    EventsLoader,
    FunctionsLoader,
    GenericMetricsLoader,
    GroupAttributesLoader,
    GroupLoader,
    MetricsLoader,
    OutcomesLoader,
    ProfileChunksLoader,
    ProfilesLoader,
    QuerylogLoader,
    ReplaysLoader,
    SearchIssuesLoader,
    SessionsLoader,
    SystemLoader,
    TestMigrationLoader,
    TransactionsLoader,
)





































































































































































































