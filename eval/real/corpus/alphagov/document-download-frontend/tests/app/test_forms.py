import pytest
from werkzeug.datastructures import MultiDict

from app.forms import EmailAddressForm























