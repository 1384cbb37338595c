from .errors import *  # noqa import errors module to register error handlers
