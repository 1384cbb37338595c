



import uuid

from alembic import op

















