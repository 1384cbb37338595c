import textwrap

from seer.automation.agent.agent import AgentConfig, LlmAgent, RunConfig
from seer.automation.agent.client import GeminiProvider
from seer.automation.autofix.autofix_context import AutofixContext
from seer.automation.autofix.prompts import format_repo_prompt
from seer.automation.autofix.tools.tools import SemanticSearchTools
from seer.automation.codegen.codegen_context import CodegenContext





























































