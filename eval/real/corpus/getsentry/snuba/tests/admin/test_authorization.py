from __future__ import annotations

from unittest.mock import patch

import pytest
import simplejson as json
from flask.testing import FlaskClient

from snuba.admin.auth_roles import ROLES




    from snuba.admin.views import application

































