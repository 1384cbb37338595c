











from alembic import op
from sqlalchemy import String











