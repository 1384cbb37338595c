



from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql





























