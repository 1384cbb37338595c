from collections.abc import Sequence

from snuba import environment
from snuba.query.data_source import DataSource
from snuba.query.expressions import Expression
from snuba.query.functions import is_valid_global_function
from snuba.query.validation import FunctionCallValidator, InvalidFunctionCall
from snuba.state.sentry_options import get_option
from snuba.utils.metrics.wrapper import MetricsWrapper



















