from typing import Generic, TypeVar








