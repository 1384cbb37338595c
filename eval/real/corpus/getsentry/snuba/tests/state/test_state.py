from collections import ChainMap

from snuba.state import safe_dumps










