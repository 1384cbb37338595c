from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

from seer.automation.agent.models import Message
from seer.automation.autofix.components.root_cause.models import RootCauseAnalysisItem
from seer.automation.component import BaseComponentOutput, BaseComponentRequest
from seer.automation.models import EventDetails, Profile, TraceTree
from seer.automation.summarize.issue import IssueSummary





























































