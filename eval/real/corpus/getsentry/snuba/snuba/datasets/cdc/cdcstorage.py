from typing import Any

from snuba.datasets.cdc.row_processors import CdcRowProcessor
from snuba.datasets.storage import WritableTableStorage





















