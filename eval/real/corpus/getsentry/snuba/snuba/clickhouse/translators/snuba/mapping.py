from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass, field

from snuba.clickhouse.query import Expression
from snuba.clickhouse.translators.snuba import SnubaClickhouseStrictTranslator
from snuba.clickhouse.translators.snuba.allowed import (
    ArgumentMapper,
    ColumnMapper,
    CurriedFunctionCallMapper,
    FunctionCallMapper,
    LambdaMapper,
    LiteralMapper,
    SubscriptableReferenceMapper,
)
from snuba.clickhouse.translators.snuba.defaults import (
    DefaultArgumentMapper,
    DefaultColumnMapper,
    DefaultCurriedFunctionMapper,
    DefaultFunctionMapper,
    DefaultLambdaMapper,
    DefaultLiteralMapper,
    DefaultSubscriptableMapper,
)
from snuba.datasets.plans.translator.mapper import apply_mappers
from snuba.query.expressions import (
    Argument,
    Column,
    CurriedFunctionCall,
    DangerousRawSQL,
    FunctionCall,
    Lambda,
    Literal,
    SubscriptableReference,
)

































































































































































