









from alembic import op
from sqlalchemy import (
    Numeric,
    case,
    cast,
    column,
    func,
    table,
    update,
)





















