from collections.abc import Mapping


