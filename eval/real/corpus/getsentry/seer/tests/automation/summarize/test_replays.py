from unittest.mock import MagicMock, patch

import pytest

from seer.automation.agent.models import (
    LlmGenerateStructuredResponse,
    LlmProviderType,
    LlmResponseMetadata,
    Usage,
)
from seer.automation.summarize.replays import (
    CommonReplaySummary,
    Replay,
    ReplayEvent,
    ReplaySummary,
    Step,
    SummarizeReplaysRequest,
    SummarizeReplaysResponse,
    run_cross_session_completion,
    run_single_replay_summary,
    summarize_replays,
)
























































































