from freezegun import freeze_time

from app.dao.date_util import get_current_financial_year_start_year













