from .agent_run import (
    _execute_final_output,  # noqa: F401
    _execute_handoffs,  # noqa: F401
    _run_single_turn,  # noqa: F401
    _run_single_turn_streamed,  # noqa: F401
)
from .error_tracing import _patch_error_tracing  # noqa: F401
from .models import _get_model  # noqa: F401
from .runner import _create_run_streamed_wrapper, _create_run_wrapper  # noqa: F401
from .tools import _get_all_tools  # noqa: F401
