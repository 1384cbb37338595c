import datetime

from johen import generate

from seer.automation.autofix.models import AutofixContinuation
from seer.automation.autofix.state import ContinuationState
from seer.automation.state import DbStateRunTypes


































