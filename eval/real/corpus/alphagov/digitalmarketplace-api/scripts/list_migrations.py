


from __future__ import print_function

import sys
import warnings

from alembic.script import ScriptDirectory































