from typing import Any

from snuba import settings
from snuba.web.rpc.common.exceptions import BadSnubaRPCRequestException


























