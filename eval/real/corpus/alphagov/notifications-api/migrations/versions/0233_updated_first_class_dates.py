









from datetime import datetime

from alembic import op
from sqlalchemy import text
















