import json
import os

from govuk_bank_holidays.bank_holidays import BankHolidays as _BankHolidays



















