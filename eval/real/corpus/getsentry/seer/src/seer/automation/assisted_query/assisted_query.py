import logging

import sentry_sdk
from langfuse.decorators import observe

from seer.automation.agent.client import LlmClient
from seer.automation.agent.models import LlmGenerateStructuredResponse
from seer.automation.assisted_query import prompts
from seer.automation.assisted_query.create_cache import create_cache
from seer.automation.assisted_query.models import (
    CreateCacheRequest,
    ModelResponse,
    QueryOrFieldsResponse,
    RelevantFieldsResponse,
    TranslateRequest,
    TranslateResponse,
    TranslateResponses,
)
from seer.automation.assisted_query.utils import get_cache_display_name, get_model_provider
from seer.dependency_injection import inject, injected
from seer.rpc import RpcClient






































































































































