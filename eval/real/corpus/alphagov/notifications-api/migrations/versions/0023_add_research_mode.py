











import sqlalchemy as sa
from alembic import op














