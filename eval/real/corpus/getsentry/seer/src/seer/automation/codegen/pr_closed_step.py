from asyncio.log import logger
from typing import Any

from github.PullRequestComment import PullRequestComment
from langfuse.decorators import observe
from sentry_sdk.ai.monitoring import ai_track
from sqlalchemy.dialects.postgresql import insert

from seer.automation.agent.embeddings import GoogleProviderEmbeddings
from seer.automation.codebase.repo_client import RepoClientType
from seer.automation.codegen.step import CodegenStep
from seer.automation.models import RepoDefinition
from seer.automation.pipeline import PipelineStepTaskRequest
from seer.automation.state import DbStateRunTypes
from seer.configuration import AppConfig
from seer.db import DbReviewCommentEmbedding, Session
from seer.dependency_injection import inject, injected






































































































































