from datetime import datetime
from typing import NamedTuple






