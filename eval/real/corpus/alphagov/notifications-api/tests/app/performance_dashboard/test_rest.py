from datetime import date

from pytest import approx

from tests.app.db import (
    create_ft_notification_status,
    create_process_time,
    create_template,
)



































































