import json
from datetime import date

from flask import url_for
from freezegun import freeze_time

from tests import create_admin_authorization_header
from tests.app.db import (
    create_complaint,
    create_notification,
    create_service,
    create_template,
)















































































