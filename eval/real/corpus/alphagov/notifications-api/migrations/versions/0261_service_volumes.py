







from itertools import product

import sqlalchemy as sa
from alembic import op





















