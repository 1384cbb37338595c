











from alembic import op
from sqlalchemy.sql import column, table
from sqlalchemy import String
import sqlalchemy as sa

















