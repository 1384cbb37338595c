from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from dateutil import parser




























