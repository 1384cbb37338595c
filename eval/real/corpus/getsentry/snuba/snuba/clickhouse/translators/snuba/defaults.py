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
from snuba.query.expressions import (
    Argument,
    Column,
    CurriedFunctionCall,
    FunctionCall,
    Lambda,
    Literal,
    SubscriptableReference,
)






















































































