







import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql
























