from unittest.mock import MagicMock, patch

import pytest

from seer.automation.autofix.components.insight_sharing.component import process_sources
from seer.automation.autofix.components.insight_sharing.models import (
    BreadcrumbsSource,
    CodeSource,
    ConnectedErrorSource,
    DiffSource,
    HttpRequestSource,
    InsightSources,
    ProfileSource,
    StacktraceSource,
    TraceEventSource,
)
from seer.automation.codebase.repo_client import RepoClient






























































































































