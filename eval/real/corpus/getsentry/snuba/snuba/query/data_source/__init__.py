from abc import ABC, abstractmethod

from snuba.utils.schemas import ColumnSet













