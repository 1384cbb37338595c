from datetime import datetime, timedelta
from unittest import mock

import pytest
from freezegun import freeze_time

from snuba.replacers.replacements_and_expiry import (
    REPLACEMENTS_EXPIRY_WINDOW_MINUTES_KEY,
    get_config_auto_replacements_bypass_projects,
    set_config_auto_replacements_bypass_projects,
)
from snuba.state.sentry_options import get_option


















































































