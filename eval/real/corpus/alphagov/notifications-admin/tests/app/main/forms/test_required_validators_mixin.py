from flask_wtf import FlaskForm as Form
from wtforms import Field

from app.main.forms import RequiredValidatorsMixin




















