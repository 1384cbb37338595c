











import sqlalchemy as sa
from alembic import op
from sqlalchemy import text




















