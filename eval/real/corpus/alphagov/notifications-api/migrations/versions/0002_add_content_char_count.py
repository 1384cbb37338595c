











import sqlalchemy as sa
from alembic import op
from sqlalchemy.sql import column, table












