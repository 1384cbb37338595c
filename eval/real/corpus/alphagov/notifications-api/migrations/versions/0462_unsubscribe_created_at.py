



from alembic import op
from sqlalchemy import Column, DateTime












