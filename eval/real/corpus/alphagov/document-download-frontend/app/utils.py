import re
from datetime import date

from dateutil import parser
from notifications_utils.recipient_validation.email_address import EMAIL_REGEX_PATTERN




















