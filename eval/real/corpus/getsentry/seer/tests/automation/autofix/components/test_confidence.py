from unittest.mock import MagicMock

import pytest

from seer.automation.agent.client import LlmClient
from seer.automation.agent.models import (
    LlmGenerateStructuredResponse,
    LlmProviderType,
    LlmResponseMetadata,
    Message,
    Usage,
)
from seer.automation.autofix.autofix_context import AutofixContext
from seer.automation.autofix.components.confidence import (
    ConfidenceComponent,
    ConfidenceOutput,
    ConfidencePrompts,
    ConfidenceRequest,
)
from seer.dependency_injection import Module














































































































