











from alembic import op
import sqlalchemy as sa

from sqlalchemy.sql import column, table
from sqlalchemy import Boolean
























