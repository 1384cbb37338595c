from . import attributes




