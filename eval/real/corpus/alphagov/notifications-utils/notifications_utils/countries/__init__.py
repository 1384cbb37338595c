from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from notifications_utils.insensitive_dict import AbstractInsensitiveDict, AbstractInsensitiveSet
from notifications_utils.sanitise_text import SanitiseASCII

from .data import (
    ADDITIONAL_SYNONYMS,
    COUNTRIES_AND_TERRITORIES,
    EUROPEAN_ISLANDS,
    ROYAL_MAIL_EUROPEAN,
    UK,
    UK_ISLANDS,
    WELSH_NAMES,
    Postage,
    PostageZoneType,
)













































































