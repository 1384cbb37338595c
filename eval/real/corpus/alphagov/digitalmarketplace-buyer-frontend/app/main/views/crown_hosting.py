
from flask import redirect

from dmutils.flask import timed_render_template as render_template

from ...main import main













