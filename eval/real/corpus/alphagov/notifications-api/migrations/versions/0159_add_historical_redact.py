











import sqlalchemy as sa
from alembic import op
from flask import current_app
from sqlalchemy.dialects import postgresql





























