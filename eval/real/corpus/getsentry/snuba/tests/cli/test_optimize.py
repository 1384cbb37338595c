import os

import pytest
from click.testing import CliRunner

from snuba.cli.optimize import optimize
























