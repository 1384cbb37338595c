from abc import ABC, abstractmethod
from collections.abc import Callable

from snuba.clickhouse.http import JSONRow
from snuba.writer import BatchWriter, BufferedWriterWrapper, WriterTableRow






























