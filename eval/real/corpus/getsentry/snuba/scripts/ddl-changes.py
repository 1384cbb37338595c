import os.path
import subprocess
from shutil import ExecError

from snuba.clickhouse.errors import ClickhouseError
from snuba.migrations.groups import MigrationGroup
from snuba.migrations.runner import MigrationKey, Runner




























































