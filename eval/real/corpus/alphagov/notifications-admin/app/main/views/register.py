from datetime import UTC, datetime, timedelta

from flask import abort, redirect, render_template, session, url_for

from app.main import main
from app.main.forms import (
    RegisterUserForm,
    RegisterUserFromInviteForm,
    RegisterUserFromOrgInviteForm,
)
from app.main.views.verify import activate_user
from app.models.user import InvitedOrgUser, InvitedUser, User
from app.utils import hide_from_search_engines
from app.utils.login import redirect_if_logged_in







































































































