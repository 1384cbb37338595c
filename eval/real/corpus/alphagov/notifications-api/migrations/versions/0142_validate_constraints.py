







from alembic import op
from sqlalchemy.dialects import postgresql












