







from alembic import op
import sqlalchemy as sa


















