import sys
from pathlib import Path

import pytest




