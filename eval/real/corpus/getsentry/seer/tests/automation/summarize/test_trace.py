from pathlib import Path
from unittest.mock import Mock

import pytest


from google.genai.errors import ClientError


from requests import Response

from seer.automation.models import EAPTrace
from seer.automation.summarize.models import (
    SpanInsight,
    SummarizeTraceRequest,
    SummarizeTraceResponse,
)
from seer.automation.summarize.traces import summarize_trace




















































































