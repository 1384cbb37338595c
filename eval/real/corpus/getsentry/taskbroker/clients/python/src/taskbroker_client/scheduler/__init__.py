from .config import crontab
from .runner import ScheduleRunner
from .storage import RedisRunStorage, RunStorage, VolatileRunStorage


