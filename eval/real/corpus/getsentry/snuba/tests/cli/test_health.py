from click.testing import CliRunner

from snuba.cli.health import health












