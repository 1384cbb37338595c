from flask import (
    abort,
    current_app,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from itsdangerous import SignatureExpired
from notifications_utils.url_safe_token import check_token

from app import user_api_client
from app.main import main
from app.main.forms import TwoFactorForm
from app.models.token import Token
from app.models.user import User
from app.utils.login import (
    log_in_user,
    redirect_if_logged_in,
    redirect_to_sign_in,
)




















































































