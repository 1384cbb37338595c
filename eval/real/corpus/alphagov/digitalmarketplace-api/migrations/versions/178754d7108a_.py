











from alembic import op
from sqlalchemy.sql import table, column
from sqlalchemy import String
import sqlalchemy as sa

























