from collections.abc import Sequence
from unittest.mock import Mock, patch

from click.testing import CliRunner

import snuba.cli.consumer
import snuba.consumers.consumer_builder
from snuba.cli.consumer import consumer

























