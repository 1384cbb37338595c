from app.main.helpers.brief_helpers import (
    count_brief_responses_by_size_and_status,
    format_winning_supplier_size
)
from ...helpers import BaseApplicationTest




















