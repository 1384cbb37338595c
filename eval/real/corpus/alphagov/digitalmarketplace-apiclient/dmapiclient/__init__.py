

from .errors import APIError, HTTPError, InvalidResponse  # noqa
from .errors import REQUEST_ERROR_STATUS_CODE, REQUEST_ERROR_MESSAGE  # noqa

from .antivirus import AntivirusAPIClient  # noqa
from .data import DataAPIClient  # noqa
from .search import SearchAPIClient  # noqa
