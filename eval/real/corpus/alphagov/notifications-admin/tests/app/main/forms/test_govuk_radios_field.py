from bs4 import BeautifulSoup
from flask_wtf import FlaskForm as Form

from app.main.forms import GovukRadiosField
from tests.conftest import normalize_spaces



































