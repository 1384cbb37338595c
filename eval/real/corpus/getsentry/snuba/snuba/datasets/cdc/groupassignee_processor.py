from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from snuba.datasets.cdc.cdcprocessors import (
    CdcMessageRow,
    CdcProcessor,
    parse_postgres_datetime,
    postgres_date_to_clickhouse,
)
from snuba.writer import WriterTableRow





























































































