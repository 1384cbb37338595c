from flask import request
from werkzeug.exceptions import BadRequest

from app.v2.errors import BadRequestError








