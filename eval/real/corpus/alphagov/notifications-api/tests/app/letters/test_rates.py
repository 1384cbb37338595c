from datetime import datetime, timedelta

from freezegun import freeze_time

from tests.app.db import create_letter_rate
































