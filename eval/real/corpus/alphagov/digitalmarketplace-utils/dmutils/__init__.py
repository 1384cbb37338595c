from . import config, formats, logging, proxy_fix, request_id
from .flask_init import init_app



