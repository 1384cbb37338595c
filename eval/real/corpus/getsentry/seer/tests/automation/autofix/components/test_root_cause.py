from unittest.mock import MagicMock, patch

import pytest

from seer.automation.agent.client import LlmClient
from seer.automation.agent.models import (
    LlmGenerateStructuredResponse,
    LlmProviderType,
    LlmResponseMetadata,
    Usage,
)
from seer.automation.autofix.autofix_context import AutofixContext
from seer.automation.autofix.components.root_cause.component import RootCauseAnalysisComponent
from seer.automation.autofix.components.root_cause.models import (
    MultipleRootCauseAnalysisOutputPrompt,
    RelevantCodeFile,
    RootCauseAnalysisItemPrompt,
    RootCauseAnalysisRequest,
    TimelineEvent,
)
from seer.automation.models import EventDetails
from seer.dependency_injection import Module































































































































