from typing import Protocol

















