from snuba.query.dsl import CurriedFunctions as cf
from snuba.query.dsl import Functions as f
from snuba.query.dsl import column
from snuba.query.expressions import CurriedFunctionCall, FunctionCall, Literal














