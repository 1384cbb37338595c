from http import HTTPStatus
from urllib.parse import urlparse, urlunparse

from flask import (
    abort,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from markupsafe import Markup

from app import current_user, login_manager
from app.constants import JSON_UPDATES_BLUEPRINT_NAME
from app.main import main
from app.main.forms import LoginForm
from app.models.user import InvitedUser, User
from app.utils import hide_from_search_engines
from app.utils.login import redirect_if_logged_in






































































