from collections.abc import MutableMapping


