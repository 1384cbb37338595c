
from dmutils.errors.frontend import *  # noqa
