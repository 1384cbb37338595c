



from dataclasses import dataclass
from functools import wraps
from typing import Any, Callable, Iterator, Protocol, TypeVar, runtime_checkable

import anthropic
import httpx
import openai
import pytest
import requests
from google.genai.errors import ClientError
from johen import generate
from requests.structures import CaseInsensitiveDict

from seer.automation.agent.agent import AgentConfig, RunConfig
from seer.automation.agent.client import (
    AnthropicProvider,
    GeminiProvider,
    LlmProvider,
    OpenAiProvider,
)
from seer.automation.agent.models import Message
from seer.automation.autofix.autofix_agent import AutofixAgent
from seer.automation.autofix.autofix_context import AutofixContext
from seer.automation.autofix.event_manager import AutofixEventManager
from seer.automation.autofix.models import (
    AutofixContinuation,
    AutofixRequest,
    AutofixStatus,
    DefaultStep,
)
from seer.automation.state import LocalMemoryState































































































































































































































































