from abc import ABC, abstractmethod
from typing import Generic, TypeVar























