
from flask import abort
from .. import main





