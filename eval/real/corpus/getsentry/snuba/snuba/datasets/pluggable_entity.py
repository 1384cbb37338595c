from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from snuba.clickhouse.columns import Column, ColumnSet
from snuba.datasets.entities.entity_key import EntityKey
from snuba.datasets.entities.storage_selectors import QueryStorageSelector
from snuba.datasets.entity import Entity
from snuba.datasets.entity_subscriptions.processors import EntitySubscriptionProcessor
from snuba.datasets.entity_subscriptions.validators import EntitySubscriptionValidator
from snuba.datasets.plans.entity_processing import EntityProcessingExecutor
from snuba.datasets.storage import (
    EntityStorageConnection,
    Storage,
    WritableTableStorage,
)
from snuba.query.data_source.join import JoinRelationship
from snuba.query.processors.logical import LogicalQueryProcessor
from snuba.query.validation import FunctionCallValidator
from snuba.query.validation.validators import (
    ColumnValidationMode,
    EntityContainsColumnsValidator,
    IllegalAggregateInConditionValidator,
    QueryValidator,
)
from snuba.utils.schemas import SchemaModifiers








































































































