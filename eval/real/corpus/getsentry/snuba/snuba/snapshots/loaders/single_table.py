import logging
from collections.abc import Iterable

from snuba.clickhouse.http import JSONRow
from snuba.clickhouse.pool import ClickhousePool
from snuba.datasets.cdc.row_processors import CdcRowProcessor
from snuba.snapshots import BulkLoadSource
from snuba.snapshots.loaders import BulkLoader, ProgressCallback
from snuba.writer import BatchWriter, BufferedWriterWrapper, WriterTableRow













































































