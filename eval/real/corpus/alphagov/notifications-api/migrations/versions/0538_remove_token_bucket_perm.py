from alembic import op












