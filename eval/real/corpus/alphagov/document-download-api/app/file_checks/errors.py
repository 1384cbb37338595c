from flask import jsonify

from .views import file_checks_blueprint





