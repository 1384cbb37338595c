from __future__ import annotations

import argparse
import subprocess
import tomllib
from collections.abc import Sequence







































