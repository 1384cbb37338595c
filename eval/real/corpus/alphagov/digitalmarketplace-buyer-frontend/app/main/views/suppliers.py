
import re
from string import ascii_uppercase

from flask import request, abort

from dmapiclient import APIError

from dmutils.flask import timed_render_template as render_template

from app import data_api_client
from app.main import main
from ..helpers.shared_helpers import parse_link
from ..helpers.framework_helpers import get_framework_description








































































