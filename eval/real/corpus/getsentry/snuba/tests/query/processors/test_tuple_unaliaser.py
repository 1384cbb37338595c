from __future__ import annotations

import pytest

from snuba.query.dsl import identity as dsl_identity
from snuba.query.dsl import literals_tuple, tupleElement
from snuba.query.expressions import (
    CurriedFunctionCall,
    Expression,
    FunctionCall,
    Lambda,
    Literal,
)
from snuba.query.processors.physical.tuple_unaliaser import TupleUnaliaser
from snuba.query.query_settings import HTTPQuerySettings
from tests.query.processors.query_builders import build_query

































































































