import pytest
from dateutil import parser
from freezegun import freeze_time

from app.utils.time import get_current_financial_year, is_less_than_days_ago, percentage_through_current_financial_year










































