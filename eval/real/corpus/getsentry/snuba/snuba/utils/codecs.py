from abc import ABC, abstractmethod
from typing import Generic, TypeVar

from snuba.utils.serializable_exception import SerializableException





























