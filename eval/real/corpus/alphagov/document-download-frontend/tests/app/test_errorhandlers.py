from bs4 import BeautifulSoup
from flask import url_for
from flask_wtf.csrf import CSRFError

from tests import normalize_spaces




































