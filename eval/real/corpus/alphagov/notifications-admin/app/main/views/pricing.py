from datetime import UTC, datetime

from flask import current_app, render_template
from notifications_utils.international_billing_rates import INTERNATIONAL_BILLING_RATES

from app import current_user
from app.main import main
from app.main.forms import SearchByNameForm
from app.main.views.sub_navigation_dictionaries import pricing_nav
from app.models.letter_rates import LetterRates
from app.models.sms_rate import SMSRate























































