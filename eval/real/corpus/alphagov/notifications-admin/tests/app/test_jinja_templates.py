from itertools import chain
from pathlib import Path

import pytest
from flask import current_app
from jinja2.nodes import Call, FromImport, Name
from ordered_set import OrderedSet



























