from datetime import UTC, datetime

from flask import abort, redirect, render_template, request, send_file, url_for

from app import current_service, current_user
from app.main import main
from app.main.forms import AcceptAgreementForm
from app.models.organisation import Organisation
from app.s3_client.s3_mou_client import get_mou
from app.utils import hide_from_search_engines
from app.utils.time import str_no_tz
from app.utils.user import user_has_permissions







































































