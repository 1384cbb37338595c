from flask import jsonify

from .views import upload_blueprint





