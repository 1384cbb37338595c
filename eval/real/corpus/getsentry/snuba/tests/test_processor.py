from typing import cast

from snuba.processor import _unicodify





