from werkzeug.routing import BaseConverter

from flask import request
from flask import session
from flask import url_for





































