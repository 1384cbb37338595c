from flask import redirect, render_template, session, url_for

from app import current_user, status_api_client
from app.main import main
from app.models.organisation import AllOrganisations
from app.utils import PermanentRedirect
from app.utils.user import user_is_logged_in

















































