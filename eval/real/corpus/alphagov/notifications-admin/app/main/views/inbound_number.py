from flask import render_template

from app import inbound_number_client
from app.main import main
from app.utils.user import user_is_platform_admin








