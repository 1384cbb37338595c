










import uuid
from datetime import datetime
from sqlalchemy import text
from alembic import op


























