from abc import ABC, abstractmethod
from typing import cast

from snuba.datasets.cdc.groupassignee_processor import GroupAssigneeRow
from snuba.datasets.cdc.groupedmessage_processor import GroupedMessageRow
from snuba.snapshots import SnapshotTableRow
from snuba.utils.registered_class import RegisteredClass
from snuba.writer import WriterTableRow




























