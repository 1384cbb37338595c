





from alembic import op











