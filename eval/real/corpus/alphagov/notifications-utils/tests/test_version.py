import re
from os.path import relpath
from pathlib import Path

from notifications_utils import version











