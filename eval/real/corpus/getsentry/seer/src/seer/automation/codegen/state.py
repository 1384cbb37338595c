import dataclasses

from seer.automation.codegen.models import CodegenContinuation
from seer.automation.state import DbState, DbStateRunTypes
from seer.db import DbRunState














