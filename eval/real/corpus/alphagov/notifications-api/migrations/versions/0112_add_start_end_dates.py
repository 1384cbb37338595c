







from datetime import datetime

import sqlalchemy as sa
from alembic import op

from app.dao.date_util import get_month_start_and_end_date_in_utc
from sqlalchemy import text








































