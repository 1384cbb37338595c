from flask_wtf import FlaskForm as Form

from app.main.forms import GovukTextInputField









