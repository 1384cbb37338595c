import dataclasses
from datetime import datetime

from seer.automation.codegen.models import BugPrediction, CodegenStatus, StaticAnalysisSuggestion
from seer.automation.codegen.state import CodegenContinuationState
from seer.automation.models import FileChange















































