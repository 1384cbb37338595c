import datetime

from notifications_utils.bank_holidays import BankHolidays

















