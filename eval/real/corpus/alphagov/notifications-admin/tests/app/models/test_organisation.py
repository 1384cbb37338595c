import pytest

from app.constants import PERMISSION_CAN_MAKE_SERVICES_LIVE
from app.models.organisation import Organisation
from tests import organisation_json
















