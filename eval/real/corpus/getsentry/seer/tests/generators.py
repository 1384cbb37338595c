import datetime
from typing import Annotated

from johen import generate
from johen.examples import Examples
from johen.generators import specialized

from seer.automation.models import SentryExceptionEntry, SentryFrame, StacktraceFrame



















































