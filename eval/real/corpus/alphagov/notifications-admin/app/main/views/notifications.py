import base64
import io
import json
import os
from datetime import datetime

from flask import (
    Response,
    abort,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from notifications_python_client.errors import APIError, HTTPError
from notifications_utils.pdf import pdf_page_count
from pypdf.errors import PdfReadError

from app import (
    current_service,
    format_date_numeric,
    notification_api_client,
    template_preview_client,
)
from app.main import json_updates, main
from app.models.notification import Notification
from app.utils import (
    NOTIFICATION_TYPES,
    get_help_argument,
    parse_filter_args,
    set_status_filters,
)
from app.utils.csv import generate_notifications_csv
from app.utils.letters import get_letter_validation_error
from app.utils.templates import get_template
from app.utils.user import user_has_permissions




















































































































































































































