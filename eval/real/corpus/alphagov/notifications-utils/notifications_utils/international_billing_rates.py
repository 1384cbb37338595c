



















from pathlib import Path

import yaml



