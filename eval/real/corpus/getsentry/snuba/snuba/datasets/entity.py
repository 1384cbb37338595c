from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence

from snuba.clickhouse.columns import ColumnSet
from snuba.datasets.entity_subscriptions.processors import EntitySubscriptionProcessor
from snuba.datasets.entity_subscriptions.validators import EntitySubscriptionValidator
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
    QueryValidator,
)
from snuba.utils.describer import Describable, Description, Property

































































































































































