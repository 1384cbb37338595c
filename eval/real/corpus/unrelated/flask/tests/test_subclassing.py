from io import StringIO

import flask


















