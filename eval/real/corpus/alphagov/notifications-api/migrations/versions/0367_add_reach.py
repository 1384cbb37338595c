







import itertools
import uuid
from datetime import datetime

from alembic import op
from sqlalchemy import text

from app.models import LetterRate








































