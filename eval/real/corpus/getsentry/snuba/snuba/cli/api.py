import os

import click

from snuba.environment import setup_logging
from snuba.utils import server


















    from snuba import settings


















        from werkzeug.serving import WSGIRequestHandler

        from snuba.web.views import application























