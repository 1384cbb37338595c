import os

from snuba.utils.registered_class import import_submodules_in_directory


