from flask import jsonify
from flask import render_template
from flask import request

from . import app













