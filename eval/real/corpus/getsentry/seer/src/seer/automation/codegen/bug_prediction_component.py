import random
from concurrent.futures import ThreadPoolExecutor, as_completed
from functools import partial
from typing import Literal, TypeAlias

from langfuse.decorators import langfuse_context, observe

from seer.automation.agent.agent import AgentConfig, LlmAgent, RunConfig
from seer.automation.agent.client import AnthropicProvider, GeminiProvider, LlmClient
from seer.automation.autofix.prompts import format_repo_prompt
from seer.automation.autofix.tools.tools import BaseTools
from seer.automation.codebase.models import PullRequest
from seer.automation.codebase.repo_client import RepoClientType
from seer.automation.codegen.codegen_context import CodegenContext
from seer.automation.codegen.models import (
    BugPrediction,
    BugPredictorHypothesis,
    BugPredictorOutput,
    BugPredictorRequest,
    FilterFilesOutput,
    FilterFilesRequest,
    FormatterOutput,
    FormatterRequest,
)
from seer.automation.codegen.prompts import BugPredictionPrompts
from seer.automation.component import BaseComponent
from seer.dependency_injection import copy_modules_initializer, inject, injected































































































































































































































