import json

from flask import url_for

















