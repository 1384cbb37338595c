import pytest

from notifications_utils.countries import (
    Country,
    CountryMapping,
    CountryNotFoundError,
    CountrySet,
    _normalise_country_name,
    countries,
)
from notifications_utils.countries.data import (
    _EUROPEAN_ISLANDS_LIST,
    _UK_ISLANDS_LIST,
    ADDITIONAL_SYNONYMS,
    COUNTRIES_AND_TERRITORIES,
    ROYAL_MAIL_EUROPEAN,
    UK,
    UK_ISLANDS,
    WELSH_NAMES,
    Postage,
)

from .country_synonyms import ALL as ALL_SYNONYMS
from .country_synonyms import CROWDSOURCED_MISTAKES









































































































































































































