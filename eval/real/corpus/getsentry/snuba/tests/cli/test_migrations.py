from collections.abc import Sequence

import pytest
from click import Command
from click.testing import CliRunner

from snuba.cli.migrations import list, migrate, reverse, reverse_in_progress, run











































