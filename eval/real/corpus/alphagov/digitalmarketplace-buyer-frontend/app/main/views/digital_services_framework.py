from flask import abort

from ...main import main





