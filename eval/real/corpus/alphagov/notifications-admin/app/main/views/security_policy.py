from flask import redirect

from app.main import main








