









from sqlalchemy.dialects import postgresql




import sqlalchemy as sa
from alembic import op








