






from alembic import op
import json
import sqlalchemy as sa
from sqlalchemy.sql import text



































