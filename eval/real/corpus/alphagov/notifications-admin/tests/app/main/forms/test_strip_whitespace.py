import pytest
from wtforms import Form, StringField

from app.main.forms import StripWhitespaceForm, StripWhitespaceStringField


































