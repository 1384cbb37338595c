from pytest_alembic import MigrationContext
from sqlalchemy import insert

from seer.db import DbRunState, Session



























