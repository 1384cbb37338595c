from __future__ import annotations

import configparser

from devenv import constants
from devenv.lib import colima, config, limactl, proc, venv


































