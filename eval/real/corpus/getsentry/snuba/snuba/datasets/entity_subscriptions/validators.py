from abc import abstractmethod
from collections.abc import Sequence
from typing import cast

from snuba.query.composite import CompositeQuery
from snuba.query.data_source.simple import Entity
from snuba.query.logical import Query
from snuba.query.validation.validators import (
    NoTimeBasedConditionValidator,
    SubscriptionAllowedClausesValidator,
)
from snuba.utils.registered_class import RegisteredClass









































