











import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

























