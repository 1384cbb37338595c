from flask import redirect, url_for

from app import current_user
from app.main import main








