from flask import (
    Response,
    abort,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from markupsafe import Markup
from notifications_python_client.errors import HTTPError
from notifications_utils.recipients import RecipientCSV

from app import (
    current_service,
    format_datetime_short,
    format_thousands,
)
from app.formatters import get_time_left, message_count_noun
from app.main import json_updates, main
from app.models.job import Job
from app.notify_client.job_api_client import JobApiClient
from app.s3_client.s3_csv_client import s3download
from app.utils import parse_filter_args, set_status_filters
from app.utils.csv import generate_notifications_csv
from app.utils.letters import get_letter_printing_statement, printing_today_or_tomorrow
from app.utils.user import user_has_permissions
































































































































































































































