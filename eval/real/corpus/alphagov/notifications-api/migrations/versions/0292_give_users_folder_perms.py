







from alembic import op
from sqlalchemy.sql import text


















