







import os

from alembic import op
















