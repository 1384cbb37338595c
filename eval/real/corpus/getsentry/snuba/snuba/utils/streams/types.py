from typing import Any


