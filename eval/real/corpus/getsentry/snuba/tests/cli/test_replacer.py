from unittest.mock import Mock, patch

from click.testing import CliRunner

import snuba.cli.replacer
import snuba.replacer
import snuba.utils.streams.configuration_builder
from snuba.cli.replacer import replacer



























































